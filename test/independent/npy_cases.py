#!/usr/bin/env python3
"""Writes .npy files the way numpy writes them, for test/npy.test.ts to read with convgen's reader.

Usage: python3 npy_cases.py DIR

For every readable case NAME it writes, into DIR:
  NAME.npy         the file under test (np.save of a Fortran-order, big-endian or float64 array, or,
                   where np.save never writes such a header, a header written with numpy's own
                   np.lib.format.write_array_header_1_0 followed by the raw data)
  NAME.expect.bin  what np.load makes of NAME.npy, as raw C-order little-endian bytes: '<f4' for
                   float32 files, '<f8' for float64 files (the reader must give Math.fround of these)
and for every dtype the reader must refuse, NAME.npy only. DIR/manifest.json lists the cases with
the header numpy reads back (descr, fortran_order, shape), so the test can check that each file
really exercises the path it is meant to.
"""
import json
import os
import sys

import numpy as np

out = sys.argv[1]
fmt = np.lib.format
rng = np.random.default_rng(7)
manifest = {"read": {}, "refuse": {}}


def header_of(path):
    with open(path, "rb") as f:
        version = fmt.read_magic(f)
        reader = fmt.read_array_header_1_0 if version == (1, 0) else fmt.read_array_header_2_0
        shape, fortran, dtype = reader(f, max_header_size=1 << 20)
    return {"descr": fmt.dtype_to_descr(dtype), "fortran_order": fortran, "shape": list(shape)}


def expect(name):
    """NAME.expect.bin from numpy's reading of NAME.npy."""
    path = os.path.join(out, name + ".npy")
    a = np.load(path)
    wide = a.dtype.itemsize == 8
    c = np.ascontiguousarray(a).astype("<f8" if wide else "<f4")
    with open(os.path.join(out, name + ".expect.bin"), "wb") as f:
        f.write(c.tobytes(order="C"))
    manifest["read"][name] = {**header_of(path), "expect": "f8" if wide else "f4"}


def save(name, a):
    np.save(os.path.join(out, name + ".npy"), a)
    expect(name)


def by_hand(name, descr, fortran, shape, values):
    """A header np.save would not write (e.g. Fortran order for 1-d), with numpy's header writer."""
    with open(os.path.join(out, name + ".npy"), "wb") as f:
        fmt.write_array_header_1_0(f, {"descr": descr, "fortran_order": fortran, "shape": shape})
        f.write(np.asarray(values, dtype=descr).tobytes(order="F" if fortran else "C"))
    expect(name)


def f32(*shape):
    return rng.uniform(-1, 1, size=shape).astype(np.float32)


SPECIAL = np.array([0.0, -0.0, np.nan, np.inf, -np.inf, 1e-45, 3.4028234663852886e38, -1.5], dtype=np.float32)

# Fortran order: np.save stores fortran_order True for an F-contiguous array that is not C-contiguous.
save("fortran_2d", np.asfortranarray(f32(3, 4)))
save("fortran_3d", f32(4, 3, 2).T)
save("fortran_4d", np.asfortranarray(f32(2, 3, 4, 5)))
save("fortran_5d", np.asfortranarray(f32(2, 1, 3, 2, 2)))
save("fortran_6d", np.asfortranarray(f32(2, 3, 1, 2, 2, 3)))
# axes longer than the reader's 32 x 32 tiles, with partial tiles at the edges
save("fortran_tiles_2d", np.asfortranarray(f32(33, 65)))
save("fortran_tiles_3d", np.asfortranarray(f32(70, 2, 45)))
save("fortran_special", np.asfortranarray(np.concatenate([SPECIAL, f32(4)]).reshape(3, 4)))
# 1-d and 0-d arrays are C- and F-contiguous at once, so np.save writes False; a header with True is
# still valid (np.load reads it), and other writers produce it.
by_hand("fortran_1d", "<f4", True, (5,), f32(5))
by_hand("fortran_0d", "<f4", True, (), f32(1).reshape(()))
by_hand("fortran_empty", "<f4", True, (2, 0, 3), np.zeros((2, 0, 3)))
# The HWIO view of OIHW weights of a 1x1 kernel is F-contiguous: np.save writes it in Fortran order.
save("hwio_1x1", f32(4, 3, 1, 1).transpose(2, 3, 1, 0))
# Byte orders.
save("big_f4", np.concatenate([SPECIAL, f32(4)]).reshape(3, 4).astype(">f4"))
save("big_f4_fortran", np.asfortranarray(f32(2, 3, 4).astype(">f4")))
by_hand("native_f4", "=f4", False, (2, 3), f32(2, 3))
by_hand("native_bar_f4", "|f4", False, (4,), f32(4))
# float64, converted to float32 by the reader: values float32 cannot hold exactly, and out of range.
wide = np.concatenate([rng.uniform(-1, 1, 9), [1e300, -1e300, 1e-50, np.nan, 0.1, -0.0, 3.4028235677973366e38]])
save("little_f8", wide.reshape(4, 4).astype("<f8"))
save("big_f8", rng.uniform(-1, 1, (3, 2, 2)).astype(">f8"))
save("big_f8_fortran", np.asfortranarray(rng.uniform(-1, 1, (2, 5)).astype(">f8")))
save("little_f8_fortran_4d", np.asfortranarray(rng.uniform(-1, 1, (2, 3, 2, 2))))

# dtypes the reader must refuse (message names the dtype).
refuse = {
    "int32": np.arange(6, dtype="<i4"),
    "float16": np.arange(6, dtype="<f2"),
    "uint8": np.arange(6, dtype="|u1"),
    "complex64": np.arange(6, dtype="<c8"),
    "structured": np.zeros(3, dtype=[("a", "<f4"), ("b", "<f8")]),
    "object": np.array([1.0, "x", None], dtype=object),
}
for name, a in refuse.items():
    path = os.path.join(out, name + ".npy")
    np.save(path, a, allow_pickle=True)
    manifest["refuse"][name] = header_of(path)

with open(os.path.join(out, "manifest.json"), "w") as f:
    json.dump(manifest, f, indent=1)
