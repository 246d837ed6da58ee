/** OfficeExtension.Error as the double raises it: code, message and debugInfo like office-js. */
export class OfficeError extends Error {
  code: string;
  debugInfo: { code: string; message: string; errorLocation?: string };
  traceMessages: string[] = [];
  innerError: OfficeError | null = null;

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export const ErrorCodes = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidObjectPath: "InvalidObjectPath",
  invalidRequestContext: "InvalidRequestContext",
  itemNotFound: "ItemNotFound",
  notImplemented: "NotImplemented",
  propertyNotLoaded: "PropertyNotLoaded",
  searchStringInvalidOrTooLong: "SearchStringInvalidOrTooLong",
} as const;

/** The message office-js gives when a property is read before load + sync. */
export function propertyNotLoaded(name: string): OfficeError {
  return new OfficeError(
    ErrorCodes.propertyNotLoaded,
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export function invalidArgument(what: string, location?: string): OfficeError {
  return new OfficeError(ErrorCodes.invalidArgument, `The argument is invalid or missing or has an incorrect format. (${what})`, location);
}

export function itemNotFound(location?: string): OfficeError {
  return new OfficeError(ErrorCodes.itemNotFound, "The requested resource doesn't exist.", location);
}

export function invalidObjectPath(location?: string): OfficeError {
  return new OfficeError(
    ErrorCodes.invalidObjectPath,
    "The object path isn't working for what you're trying to do. If you're using the object across multiple \"context.sync\" calls and outside the sequential execution of a \".run\" batch, please use the \"context.trackedObjects.add()\" and \"context.trackedObjects.remove()\" methods to manage the object's lifetime.",
    location,
  );
}

export function apiNotFound(set: string, version: string, location?: string): OfficeError {
  return new OfficeError(ErrorCodes.apiNotFound, `The API you are trying to use could not be found. It may be available in a newer version of Word. (${set} ${version})`, location);
}
