/** Requirement sets and small helpers shared by the proxy classes. */
import type { Req } from "../runtime";

export const W11: Req = ["WordApi", "1.1"];
export const W13: Req = ["WordApi", "1.3"];
export const W14: Req = ["WordApi", "1.4"];
export const DESKTOP13: Req = ["WordApiDesktop", "1.3"];

/** Throws; for use in expressions. */
export const fail = (e: Error): never => {
  throw e;
};

export const structuredCloneJson = (v: unknown): unknown => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));
