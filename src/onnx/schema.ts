/**
 * The text of src/onnx/onnx.proto (ONNX's official schema, trimmed: see its header), as a string so
 * that dist/ has it (tsc does not copy .proto files). Generated from onnx.proto, which is the file
 * to edit; test/onnx.test.ts checks that the two are identical. After editing onnx.proto, replace
 * the string below with its text (it has no backticks, backslashes or dollar-brace sequences).
 */
export const ONNX_PROTO = `// The ONNX model format, as convgen reads it: a trimmed copy of ONNX's official schema,
// onnx/onnx.proto of https://github.com/onnx/onnx (SPDX-License-Identifier: Apache-2.0), taken at
// commit 64209faab4da3d679f2d46c7f725f6f2b779279b (IR_VERSION 10, the ONNX 1.16 series; the npm
// package onnx-proto stops at IR 8). Field numbers, types and names are the official ones; the
// file is otherwise the official text with these changes:
//
// - comments shortened;
// - left out, because convgen reads none of it: TrainingInfoProto (ModelProto.training_info = 20),
//   FunctionProto (ModelProto.functions = 25), TensorAnnotation (GraphProto.quantization_annotation
//   = 14), OperatorStatus, the non-tensor TypeProto variants (Sequence = 4, Map = 5, Optional = 9,
//   SparseTensor = 8), and AttributeProto's graph and type values (g = 6, graphs = 11, tp = 14,
//   type_protos = 15), tensor lists (tensors = 10) and sparse tensors (sparse_tensor = 22,
//   sparse_tensors = 23). protobufjs skips these fields as unknown, so a model that has them still
//   decodes; they are also every field through which a message can contain itself, so the schema
//   has no recursion and a hostile file cannot nest it deeply (see census() in import.ts);
// - the option optimize_for = LITE_RUNTIME dropped (a C++ code generation option).
//
// src/onnx/schema.ts holds this text as a string (tsc does not copy .proto files to dist/);
// test/onnx.test.ts checks that the two are identical.

syntax = "proto2";

package onnx;

enum Version {
  _START_VERSION = 0;
  IR_VERSION_2017_10_10 = 0x0000000000000001;
  IR_VERSION_2017_10_30 = 0x0000000000000002;
  IR_VERSION_2017_11_3 = 0x0000000000000003;
  IR_VERSION_2019_1_22 = 0x0000000000000004;
  IR_VERSION_2019_3_18 = 0x0000000000000005;
  IR_VERSION_2019_9_19 = 0x0000000000000006;
  IR_VERSION_2020_5_8 = 0x0000000000000007;
  IR_VERSION_2021_7_30 = 0x0000000000000008;
  IR_VERSION_2023_5_5 = 0x0000000000000009;
  IR_VERSION = 0x000000000000000A;
}

// A named attribute: exactly one of the value fields is set, "type" says which.
message AttributeProto {
  reserved 12, 16 to 19;
  reserved "v";

  enum AttributeType {
    UNDEFINED = 0;
    FLOAT = 1;
    INT = 2;
    STRING = 3;
    TENSOR = 4;
    GRAPH = 5;
    SPARSE_TENSOR = 11;
    TYPE_PROTO = 13;

    FLOATS = 6;
    INTS = 7;
    STRINGS = 8;
    TENSORS = 9;
    GRAPHS = 10;
    SPARSE_TENSORS = 12;
    TYPE_PROTOS = 14;
  }

  optional string name = 1;
  optional string ref_attr_name = 21;
  optional string doc_string = 13;
  optional AttributeType type = 20;

  optional float f = 2;
  optional int64 i = 3;
  optional bytes s = 4;
  optional TensorProto t = 5;

  repeated float floats = 7;
  repeated int64 ints = 8;
  repeated bytes strings = 9;
}

// Name, type and shape of a value.
message ValueInfoProto {
  optional string name = 1;
  optional TypeProto type = 2;
  optional string doc_string = 3;
  repeated StringStringEntryProto metadata_props = 4;
}

// One operator application of the graph.
message NodeProto {
  repeated string input = 1;
  repeated string output = 2;
  optional string name = 3;
  optional string op_type = 4;
  optional string domain = 7;
  optional string overload = 8;
  repeated AttributeProto attribute = 5;
  optional string doc_string = 6;
  repeated StringStringEntryProto metadata_props = 9;
}

// The top-level container: a graph and its metadata.
message ModelProto {
  optional int64 ir_version = 1;
  repeated OperatorSetIdProto opset_import = 8;
  optional string producer_name = 2;
  optional string producer_version = 3;
  optional string domain = 4;
  optional int64 model_version = 5;
  optional string doc_string = 6;
  optional GraphProto graph = 7;
  repeated StringStringEntryProto metadata_props = 14;
}

message StringStringEntryProto {
  optional string key = 1;
  optional string value = 2;
}

// Nodes (sorted topologically), constant tensors, and the graph's inputs, outputs and value types.
message GraphProto {
  repeated NodeProto node = 1;
  optional string name = 2;
  repeated TensorProto initializer = 5;
  repeated SparseTensorProto sparse_initializer = 15;
  optional string doc_string = 10;
  repeated ValueInfoProto input = 11;
  repeated ValueInfoProto output = 12;
  repeated ValueInfoProto value_info = 13;
  repeated StringStringEntryProto metadata_props = 16;

  reserved 3, 4, 6 to 9;
  reserved "ir_version", "producer_version", "producer_tag", "domain";
}

// A serialized tensor value: row-major, in raw_data (fixed-width little-endian) or in the
// typed field of its data_type, or in an external file (data_location EXTERNAL).
message TensorProto {
  enum DataType {
    UNDEFINED = 0;
    FLOAT = 1;
    UINT8 = 2;
    INT8 = 3;
    UINT16 = 4;
    INT16 = 5;
    INT32 = 6;
    INT64 = 7;
    STRING = 8;
    BOOL = 9;
    FLOAT16 = 10;
    DOUBLE = 11;
    UINT32 = 12;
    UINT64 = 13;
    COMPLEX64 = 14;
    COMPLEX128 = 15;
    BFLOAT16 = 16;
    FLOAT8E4M3FN = 17;
    FLOAT8E4M3FNUZ = 18;
    FLOAT8E5M2 = 19;
    FLOAT8E5M2FNUZ = 20;
    UINT4 = 21;
    INT4 = 22;
  }

  repeated int64 dims = 1;
  optional int32 data_type = 2;

  message Segment {
    optional int64 begin = 1;
    optional int64 end = 2;
  }
  optional Segment segment = 3;

  repeated float float_data = 4 [packed = true];
  repeated int32 int32_data = 5 [packed = true];
  repeated bytes string_data = 6;
  repeated int64 int64_data = 7 [packed = true];
  optional string name = 8;
  optional string doc_string = 12;
  optional bytes raw_data = 9;
  repeated StringStringEntryProto external_data = 13;

  enum DataLocation {
    DEFAULT = 0;
    EXTERNAL = 1;
  }
  optional DataLocation data_location = 14;

  repeated double double_data = 10 [packed = true];
  repeated uint64 uint64_data = 11 [packed = true];
  repeated StringStringEntryProto metadata_props = 16;
}

// A sparse tensor: values [NNZ] at indices [NNZ, rank] or [NNZ] of a dense shape.
message SparseTensorProto {
  optional TensorProto values = 1;
  optional TensorProto indices = 2;
  repeated int64 dims = 3;
}

// A tensor shape; each dimension a number or a symbol (dim_param).
message TensorShapeProto {
  message Dimension {
    oneof value {
      int64 dim_value = 1;
      string dim_param = 2;
    };
    optional string denotation = 3;
  };
  repeated Dimension dim = 1;
}

// The type of a value; convgen reads tensor types only.
message TypeProto {
  message Tensor {
    optional int32 elem_type = 1;
    optional TensorShapeProto shape = 2;
  }

  oneof value {
    Tensor tensor_type = 1;
  }

  optional string denotation = 6;
}

// An operator set: (domain, version); "" or "ai.onnx" is the standard one.
message OperatorSetIdProto {
  optional string domain = 1;
  optional int64 version = 2;
}
`;
