/**
 * The only globals src/core may use beyond ECMAScript: those every host of the add-in has (browsers,
 * Word's webviews, Node for tests), declared narrowly so src/core compiles without DOM or Node types.
 */
interface TextDecoderOptions {
  fatal?: boolean;
  ignoreBOM?: boolean;
}
declare class TextDecoder {
  constructor(label?: string, options?: TextDecoderOptions);
  readonly encoding: string;
  decode(input?: ArrayBufferView | ArrayBuffer): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare function structuredClone<T>(value: T): T;
