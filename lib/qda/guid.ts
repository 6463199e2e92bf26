/**
 * Stable GUIDs for the .qdpx writer: the same name or id always gives the same GUID, so writing
 * one project twice gives identical bytes, and a code keeps its GUID across exports.
 *
 * A GUID is the first 16 bytes of SHA-1 over a namespace and the name, shaped as an RFC 9562
 * version-5 UUID (version and variant bits set), in upper case as vendors write them. Ids that
 * already are GUIDs (a project read from REFI-QDA) are kept, so a read → write round trip keeps
 * every GUID.
 *
 * Reference: RFC 9562 §5.5 (UUID version 5); REFI-QDA Project.xsd v1.0 `GUIDType`.
 *
 * @example
 * stableGuid("code", "政策工具/权威型") === stableGuid("code", "政策工具/权威型"); // true
 * isGuid("1FF58B12-6F6F-4B0C-8BE5-BBDC91F55294");                              // true
 */
import { createHash } from "node:crypto";

/** The kit's namespace for derived GUIDs (a fixed random UUID, so they never collide with others'). */
const NAMESPACE = "5b1d6c3e-7f0a-4f3c-9a51-2f7d0c8e4b19";

const GUID = /^(\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;

/** True when `id` matches REFI-QDA's GUIDType (braces optional, either case). */
export function isGuid(id: string): boolean {
  return GUID.test(id);
}

/** A version-5-shaped GUID derived from a kind ("code", "source", …) and a name. */
export function stableGuid(kind: string, name: string): string {
  const hash = createHash("sha1").update(`${NAMESPACE}\u0000${kind}\u0000${name}`, "utf8").digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex").toUpperCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** `id` itself when it is a GUID, else the GUID derived from it. */
export function guidFor(kind: string, id: string): string {
  return isGuid(id) ? id : stableGuid(kind, id);
}
