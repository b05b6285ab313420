#!/usr/bin/env python3
"""Re-saves .npy files the way numpy users produce them, in place, for test/run-npy.test.ts.

Usage: python3 resave.py DIR MODE NAME...   (each NAME.npy in DIR is loaded and saved again)

MODE:
  fortran      np.asfortranarray(a): np.save stores fortran_order True
  hwio-view    a holds HWIO weights: save the HWIO view w.transpose(2, 3, 1, 0) of the C-order OIHW
               array w (what a PyTorch user holding OIHW weights saves for an NHWC layer); for a
               1x1 kernel the view is F-contiguous and np.save stores fortran_order True
  big          a.astype('>f4'), big-endian
  big-fortran  np.asfortranarray(a.astype('>f4'))
  f8 / big-f8  float64 ('<f8' / '>f8'), each value moved by a relative 1e-7 or less so that most are
               not float32 values: convgen must round them (the reference works on the float64 values)

Each saved file's header is read back and checked to be what MODE promises; a mismatch exits 1,
so a test never passes on files that did not exercise the path it meant to.
"""
import os
import sys

import numpy as np

fmt = np.lib.format
rng = np.random.default_rng(11)


def widen(a, dtype):
    return (a.astype(np.float64) * (1 + rng.uniform(-1e-7, 1e-7, a.shape))).astype(dtype)


def hwio_view(a):
    oihw = np.ascontiguousarray(a.transpose(3, 2, 0, 1))
    return oihw.transpose(2, 3, 1, 0)


MODES = {
    "fortran": (np.asfortranarray, "<f4", True),
    "hwio-view": (hwio_view, "<f4", True),
    "big": (lambda a: a.astype(">f4"), ">f4", False),
    "big-fortran": (lambda a: np.asfortranarray(a.astype(">f4")), ">f4", True),
    "f8": (lambda a: widen(a, "<f8"), "<f8", False),
    "big-f8": (lambda a: widen(a, ">f8"), ">f8", False),
}


def header(path):
    with open(path, "rb") as f:
        fmt.read_magic(f)
        shape, fortran, dtype = fmt.read_array_header_1_0(f)
    return shape, fortran, dtype.str


def main():
    d, mode, names = sys.argv[1], sys.argv[2], sys.argv[3:]
    if mode not in MODES:
        sys.exit(f"resave.py: unknown mode {mode!r}; one of {', '.join(MODES)}")
    convert, descr, fortran = MODES[mode]
    for name in names:
        path = os.path.join(d, name + ".npy")
        a = np.load(path)
        b = convert(a)
        np.save(path, b)
        got = header(path)
        if got != (a.shape, fortran, descr) or not np.array_equal(np.load(path), b):
            sys.exit(f"resave.py: {name}.npy as {mode}: header (shape, fortran_order, descr) = {got}, wanted {(a.shape, fortran, descr)}")


if __name__ == "__main__":
    main()
