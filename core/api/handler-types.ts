import type { OpArgs, OpName, OpResult } from '../../shared/api/contract.ts';

export interface HandlerContext {
  actor: string;
}

export type Handler<K extends OpName> = (args: OpArgs<K>, ctx: HandlerContext) => OpResult<K> | Promise<OpResult<K>>;

/** A domain's share of the contract: each file implements the operations of its prefix. */
export type HandlerMap<K extends OpName> = { [P in K]: Handler<P> };
