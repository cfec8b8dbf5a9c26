import type * as Ort from 'onnxruntime-node';
import { ErrorCodes } from '../../../../shared/errors.js';
import { CrosswalkError } from '../../errors.js';

export type OnnxRuntime = typeof Ort;

let loading: Promise<OnnxRuntime> | undefined;

/**
 * onnxruntime-node, loaded on first use: it is an optional dependency, so the app starts and
 * suggests (lexically) without it, and only the neural level says it is missing.
 */
export function onnxRuntime(): Promise<OnnxRuntime> {
  loading ??= import('onnxruntime-node').catch((error: unknown) => {
    loading = undefined;
    throw new CrosswalkError(
      ErrorCodes.notFound,
      `The sentence-embedding model needs the optional package onnxruntime-node, which could not be loaded (${(error as Error).message.split('\n')[0]}).`,
    );
  });
  return loading;
}
