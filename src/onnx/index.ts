/** ONNX import: Conv nodes as convgen layers (import.ts), TensorProto values (tensor.ts), the protobuf layer (proto.ts). */
export { importOnnx, nodeLabel, type OnnxImportOptions, type OnnxLayer, type OnnxModel, type OnnxSkipped } from './import.js';
export { OnnxError, ONNX_MAX_BYTES, ONNX_MAX_DECODED_BYTES, decodeModel, decodeTensor, encodeFloatTensor } from './proto.js';
export { floatTensor, type FloatTensor } from './tensor.js';
