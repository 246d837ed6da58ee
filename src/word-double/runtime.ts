/**
 * The proxy / load / sync machinery of office-js, in memory: operations are queued on the
 * RequestContext and applied in order at sync; loaded values are snapshots taken at that sync.
 */
import { apiNotFound, invalidArgument, invalidObjectPath, OfficeError, propertyNotLoaded } from "./errors";
import type { Anchor, DocumentModel } from "./model";
import type { FidelityModes } from "./modes";
import { actionBytes, type DoubleStats } from "./payload";
import { isSetSupported, type PlatformProfile } from "./requirements";

export type Req = readonly [set: string, version: string];

export interface Env {
  model: DocumentModel;
  profile: PlatformProfile;
  stats: DoubleStats;
  modes: FidelityModes;
  syncLatencyMs: number;
  bytesPerMsLatency?: number;
  active: RequestContext[];
  notify(): void;
  /** A Word fault to raise at a queued operation (index.ts injectFault): ops left before it, and its code. */
  fault?: { opsLeft: number; code: string } | null;
}

/** What an operation sees while it runs at sync time. */
export interface Exec {
  ctx: RequestContext;
  env: Env;
  model: DocumentModel;
}

interface Op {
  where: string;
  run(x: Exec): void;
  /** Approximate request bytes (payload.ts). */
  bytes: number;
}

/** Marks a null object (the result of an *OrNullObject call that found nothing). */
export const NULL = Symbol("null object");

export function requireSet(x: Exec, req: Req | undefined, where: string): void {
  if (req && !isSetSupported(x.env.profile, req[0], req[1])) throw apiNotFound(req[0], req[1], where);
}

/** A method result that owns live anchors (released when its run ends unless tracked). */
export class Fixed {
  constructor(
    public target: any,
    public anchors: Anchor[],
  ) {}
}

export interface PropDef {
  get(target: any, x: Exec): unknown;
  set?(target: any, value: any, x: Exec): void;
  req?: Req;
}

type Ctor = abstract new (...args: any[]) => ClientObject;

/** Installs office-js style accessors for scalar properties on a proxy class. */
export function defineProps(cls: Ctor, props: Record<string, PropDef>): void {
  const proto = cls.prototype as ClientObject;
  proto._props = { ...proto._props, ...props };
  for (const name of Object.keys(props)) {
    Object.defineProperty(proto, name, {
      configurable: true,
      get(this: ClientObject) {
        return this._read(name);
      },
      set(this: ClientObject, v: unknown) {
        this._write(name, v);
      },
    });
  }
}

/** Installs a navigation property (a child proxy computed from this object's target). */
export function defineNav(cls: Ctor, name: string, make: (self: any) => ClientObject): void {
  const proto = cls.prototype as ClientObject;
  proto._navs = { ...proto._navs, [name]: true };
  Object.defineProperty(proto, name, {
    configurable: true,
    get(this: ClientObject) {
      let c = this._children.get(name);
      if (!c) this._children.set(name, (c = make(this)));
      return c;
    },
  });
}

type LoadSpec = string | string[] | { select?: string | string[]; expand?: string | string[] } | undefined;

function loadPaths(spec: LoadSpec): string[] | null {
  if (spec === undefined || spec === null) return null;
  const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : v.split(","));
  const raw = typeof spec === "string" || Array.isArray(spec) ? list(spec) : [...list(spec.select), ...list(spec.expand)];
  const paths = raw.map((s) => s.trim()).filter(Boolean);
  return paths.length ? paths : null;
}

/** Base of every proxy: a target resolved at sync time, loaded values, queued ops. */
export abstract class ClientObject {
  declare _props: Record<string, PropDef>;
  declare _navs: Record<string, true>;
  _ownCtx?: RequestContext;
  _parent?: ClientObject;
  _lazy?: (parentTarget: any, x: Exec) => any;
  _state: "lazy" | "pending" | "resolved" | "failed" = "pending";
  _target: any;
  _anchors: Anchor[] = [];
  _values = new Map<string, unknown>();
  _children = new Map<string, ClientObject>();
  _tracked = false;
  /** Requirement set of the API that produced this object (checked when it is resolved). */
  _req?: Req;

  /** Child proxy computed from a parent (navigation property). */
  constructor(parent: ClientObject | RequestContext, lazy?: (parentTarget: any, x: Exec) => any, req?: Req) {
    if (parent instanceof RequestContext) this._ownCtx = parent;
    else this._parent = parent;
    if (lazy) {
      this._lazy = lazy;
      this._state = "lazy";
    }
    this._req = req;
  }

  get context(): RequestContext {
    return this._ownCtx ?? this._parent!.context;
  }

  abstract get _className(): string;

  /** Resolves to the model target this proxy designates at this point of the sync. */
  _resolve(x: Exec): any {
    const where = this._className;
    if (this.context !== x.ctx) throw invalidObjectPath(where);
    requireSet(x, this._req, where);
    if (this._state === "lazy") {
      const parentTarget = this._parent!._resolve(x);
      if (parentTarget === NULL) return NULL;
      return this._lazy!(parentTarget, x);
    }
    if (this._state !== "resolved") throw invalidObjectPath(where);
    return this._target === NULL ? NULL : this._check(this._target, x);
  }

  /** Hook: validate a stored target (e.g. a deleted paragraph). */
  _check(target: any, _x: Exec): any {
    return target;
  }

  /** Fixes this proxy's target (for objects returned by methods or collection items). */
  _resolveTo(target: any, anchors: Anchor[] = []): this {
    this._state = "resolved";
    this._target = target;
    this._anchors = anchors;
    if (anchors.length) this.context._anchored.push(this);
    return this;
  }

  _enqueue(where: string, run: (x: Exec) => void, countAsOp = true, args?: readonly unknown[]): void {
    let ctx = this.context;
    if (ctx._finished) {
      // office-js only notices at the next sync of whatever context is running.
      const active = ctx._env.active[ctx._env.active.length - 1];
      if (!active) throw invalidObjectPath(where);
      ctx = active;
    }
    ctx._queue.push({ where, run, bytes: actionBytes(where, args) });
    if (countAsOp) ctx._env.stats.ops++;
  }

  /** Queues a method call; `result` (if any) is resolved with what `run` returns. `args` count toward the request payload. */
  _call<R extends ClientObject | undefined>(name: string, req: Req | undefined, run: (target: any, x: Exec) => any, result?: R, args?: readonly unknown[]): R {
    const where = `${this._className}.${name}`;
    this._enqueue(where, (x) => {
      requireSet(x, req, where);
      const t = this._resolve(x);
      if (t === NULL) throw new OfficeError("ItemNotFound", "The requested resource doesn't exist.", where);
      const out = run(t, x);
      if (result) {
        if (out instanceof Fixed) result._resolveTo(out.target, out.anchors);
        else result._resolveTo(out);
      }
    }, true, args);
    return result as R;
  }

  _read(name: string): unknown {
    if (this._values.has(name)) return this._values.get(name);
    throw propertyNotLoaded(name);
  }

  _write(name: string, value: unknown): void {
    const def = this._props[name];
    const where = `${this._className}.${name}`;
    if (!def?.set) throw new OfficeError("InvalidArgument", `Cannot set the read-only property '${name}'.`, where);
    this._values.set(name, value); // office-js keeps the value set on the proxy
    this._enqueue(where, (x) => {
      requireSet(x, def.req, where);
      const t = this._resolve(x);
      if (t === NULL) throw new OfficeError("ItemNotFound", "The requested resource doesn't exist.", where);
      def.set!(t, value, x);
    }, true, [value]);
  }

  /** Queues a load of the given properties (office-js string, array or {select} forms). */
  load(spec?: LoadSpec): this {
    const paths = loadPaths(spec);
    this.context._env.stats.loads++;
    this._enqueue(`${this._className}.load`, (x) => this._snapshot(paths, x), false, paths ?? []);
    return this;
  }

  /** Properties to load when load() names none. */
  _defaultPaths(x: Exec): string[] {
    return Object.entries(this._props)
      .filter(([, d]) => !d.req || isSetSupported(x.env.profile, d.req[0], d.req[1]))
      .map(([k]) => k);
  }

  _snapshot(paths: string[] | null, x: Exec): void {
    const t = this._resolve(x);
    this._values.set("isNullObject", t === NULL);
    if (t === NULL) return;
    for (const path of paths ?? this._defaultPaths(x)) {
      const [head, ...rest] = path.split("/") as [string, ...string[]];
      if (head === "isNullObject") continue;
      if (this._navs?.[head]) {
        ((this as any)[head] as ClientObject)._snapshot(rest.length ? [rest.join("/")] : null, x);
        continue;
      }
      const def = this._props[head];
      if (!def) throw invalidArgument(`property '${head}' is not known to the Word double`, `${this._className}.load`);
      requireSet(x, def.req, `${this._className}.${head}`);
      this._values.set(head, def.get(t, x));
    }
  }

  get isNullObject(): boolean {
    return this._read("isNullObject") as boolean;
  }

  /** Rebinds a tracked object to a new context (Word.run(trackedObject, batch)). */
  _rebind(ctx: RequestContext): void {
    if (this._parent) this._parent._rebind(ctx);
    else this._ownCtx = ctx;
  }

  track(): this {
    this.context.trackedObjects.add(this);
    return this;
  }

  untrack(): this {
    this.context.trackedObjects.remove(this);
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries([...this._values].filter(([k]) => k !== "isNullObject"));
  }
}

/** A proxy collection: `items` is created when it is loaded. */
export abstract class ClientCollection<T extends ClientObject> extends ClientObject {
  abstract _makeItem(target: any, x: Exec): T;
  /** Converts a resolved collection target to the list of item targets. */
  _list(target: any, _x: Exec): any[] {
    return target as any[];
  }

  get items(): T[] {
    return this._read("items") as T[];
  }

  override _snapshot(paths: string[] | null, x: Exec): void {
    const t = this._resolve(x);
    this._values.set("isNullObject", t === NULL);
    if (t === NULL) return;
    const itemPaths: string[] = [];
    for (const p of paths ?? []) {
      if (p === "items") continue;
      itemPaths.push(p.startsWith("items/") ? p.slice(6) : p);
    }
    const items = this._list(t, x).map((it) => this._makeItem(it, x));
    for (const it of items) it._snapshot(itemPaths.length ? itemPaths : null, x);
    this._values.set("items", items);
  }

  /** An item proxy for the i-th (negative: from the end) element, or a null object. */
  _pick(name: string, req: Req | undefined, make: () => T, index: number, orNull: boolean): T {
    const result = make();
    this._call(name, req, (t, x) => {
      const list = this._list(t, x);
      const item = list[index < 0 ? list.length + index : index];
      if (item === undefined) {
        if (orNull) return NULL;
        throw new OfficeError("ItemNotFound", "The requested resource doesn't exist.", `${this._className}.${name}`);
      }
      return this._itemResult(item, x);
    }, result);
    return result;
  }

  /** What a picked item resolves to (ranges override this to get their own live anchors). */
  _itemResult(item: any, _x: Exec): any {
    return item;
  }
}

/** office-js ClientResult: `value` is readable after the sync that computed it. */
export class ClientResult<T> {
  _set = false;
  _value?: T;
  get value(): T {
    if (!this._set) {
      throw new OfficeError(
        "ValueNotLoaded",
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
      );
    }
    return this._value as T;
  }
  _resolve(v: T): void {
    this._value = v;
    this._set = true;
  }
}

/** The RequestContext given to a Word.run batch. */
export class RequestContext {
  _queue: Op[] = [];
  _finished = false;
  _anchored: ClientObject[] = [];
  _env: Env;
  document: any;
  trackedObjects: { add(o: ClientObject | ClientObject[]): void; remove(o: ClientObject | ClientObject[]): void };

  constructor(env: Env, makeDocument: (ctx: RequestContext) => any) {
    this._env = env;
    const each = (o: ClientObject | ClientObject[], f: (c: ClientObject) => void) => (Array.isArray(o) ? o.forEach(f) : f(o));
    this.trackedObjects = {
      add: (o) => each(o, (c) => (c._tracked = true)),
      remove: (o) =>
        each(o, (c) => {
          c._tracked = false;
          if (c.context._finished) for (const a of c._anchors) env.model.release(a);
        }),
    };
    this.document = makeDocument(this);
  }

  /** Legacy form context.load(obj, props). */
  load<T extends ClientObject>(obj: T, spec?: LoadSpec): T {
    return obj.load(spec);
  }

  /**
   * Applies queued operations in order; rejects at the first failing one (earlier ones stay
   * applied). A request over `modes.payloadLimitBytes` is rejected whole, nothing applied.
   */
  async sync<T>(passThrough?: T): Promise<T | undefined> {
    const env = this._env;
    env.stats.syncs++;
    const ops = this._queue;
    this._queue = [];
    let bytes = 0;
    for (const op of ops) bytes += op.bytes;
    env.stats.syncBytes.push(bytes);
    env.stats.maxSyncBytes = Math.max(env.stats.maxSyncBytes, bytes);
    const delayMs = env.syncLatencyMs + (env.bytesPerMsLatency ? bytes / env.bytesPerMsLatency : 0);
    if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
    else await Promise.resolve();
    const limit = env.modes.payloadLimitBytes;
    if (limit !== null && bytes > limit) {
      // #2615, #617, #4697: Word fails the whole request with a GeneralException.
      throw new OfficeError("GeneralException", `An internal error has occurred. (request of ${bytes} bytes over the ${limit}-byte limit)`, "RequestContext.sync");
    }
    const before = env.model.version;
    const x: Exec = { ctx: this, env, model: env.model };
    try {
      for (const op of ops) {
        try {
          if (env.fault && env.fault.opsLeft-- <= 0) {
            const code = env.fault.code;
            env.fault = null;
            throw new OfficeError(code, `Injected fault at ${op.where}.`, op.where);
          }
          op.run(x);
        } catch (e) {
          if (e instanceof OfficeError && !e.debugInfo.errorLocation) e.debugInfo.errorLocation = op.where;
          throw e;
        }
      }
    } finally {
      if (env.model.version !== before) env.notify();
    }
    return passThrough;
  }

  /** Ends the run: untracked objects lose their live positions. */
  _finish(): void {
    this._finished = true;
    for (const o of this._anchored) if (!o._tracked) for (const a of o._anchors) this._env.model.release(a);
    this._anchored = this._anchored.filter((o) => o._tracked);
    const i = this._env.active.indexOf(this);
    if (i >= 0) this._env.active.splice(i, 1);
  }
}
