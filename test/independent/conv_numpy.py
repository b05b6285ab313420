#!/usr/bin/env python3
"""An independent float64 2D convolution (forward and backward) in numpy.

Written from /work/shared/docs/conv-math.md only, not from convgen's reference interpreter, and with
a different formulation: the input is zero-padded with np.pad, and for every kernel tap (k, l) the
input elements that tap reads form one strided slice of the padded input,

    xpad[:, :, k*dh : k*dh + sh*(Ho-1) + 1 : sh, l*dw : l*dw + sw*(Wo-1) + 1 : sw]   (shape N, Ci, Ho, Wo)

so the forward pass is a sum over taps of a channel contraction (np.einsum), the weight gradient
contracts delta with the same slices, and the input gradient scatter-adds into a padded zero array
through the same slices and then crops the padding off.

Grouped convolution (--groups G, G dividing Ci and Co): the channels split into G groups, output
channel o of group o // (Co/G) reading only that group's Ci/G input channels; the weights hold Ci/G
input channels (OIHW [Co][Ci/G][K][L], HWIO [K][L][Ci/G][Co]), and each tap's channel contraction is
done per group (np.einsum over an explicit group axis).

Usage:
  python3 conv_numpy.py forward       --dir D --stride sh,sw --pad t,b,l,r --dilation dh,dw --groups G --act A --layout nchw|nhwc
  python3 conv_numpy.py backward      --dir D ... (the same geometry flags)
  python3 conv_numpy.py weight-update --dir D --lr LR ... (the same geometry flags)

forward reads x.npy, w.npy, b.npy from D and writes ref_y.npy; backward reads x.npy, w.npy, y.npy,
dy.npy and writes ref_dx.npy, ref_dw.npy, ref_db.npy; weight-update reads the same and writes
ref_w.npy = w - lr * dw (the SGD step) and ref_db.npy. Outputs are float64, in the layout given
(nchw: activations NCHW, weights OIHW; nhwc: activations NHWC, weights HWIO; bias [Co]).
"""
import argparse
import os
import sys

import numpy as np


def ints(text, n, name):
    parts = [int(p) for p in text.split(",")]
    if len(parts) == 1:
        parts = parts * n
    if n == 4 and len(parts) == 2:  # [h, w] -> top, bottom, left, right
        parts = [parts[0], parts[0], parts[1], parts[1]]
    if len(parts) != n:
        sys.exit(f"--{name}: expected {n} comma-separated integers, got {text!r}")
    return parts


def activate(act, z):
    if act == "none":
        return z
    if act == "relu":
        return np.maximum(z, 0.0)
    if act == "sigmoid":
        return 1.0 / (1.0 + np.exp(-z))
    if act == "tanh":
        return np.tanh(z)
    sys.exit(f"--act: unknown activation {act!r}")


def activation_slope(act, y):
    """sigma'(Z) written with the saved output Y (conv-math.md, Backward)."""
    if act == "none":
        return np.ones_like(y)
    if act == "relu":
        return (y > 0).astype(np.float64)
    if act == "sigmoid":
        return y * (1.0 - y)
    if act == "tanh":
        return 1.0 - y * y
    sys.exit(f"--act: unknown activation {act!r}")


class Geometry:
    def __init__(self, x_shape, w_shape, stride, pad, dilation, groups):
        self.N, self.Ci, self.H, self.W = x_shape
        self.Co, ci, self.K, self.L = w_shape
        self.G = groups
        if self.Ci % self.G or self.Co % self.G:
            sys.exit(f"--groups {self.G} must divide Ci = {self.Ci} and Co = {self.Co}")
        if ci * self.G != self.Ci:
            sys.exit(f"weights have {ci} input channels per group, x has {self.Ci} channels in {self.G} groups")
        self.cig, self.cog = self.Ci // self.G, self.Co // self.G
        self.sh, self.sw = stride
        self.pt, self.pb, self.pl, self.pr = pad
        self.dh, self.dw = dilation
        self.Ho = (self.H + self.pt + self.pb - self.dh * (self.K - 1) - 1) // self.sh + 1
        self.Wo = (self.W + self.pl + self.pr - self.dw * (self.L - 1) - 1) // self.sw + 1
        if self.Ho < 1 or self.Wo < 1:
            sys.exit(f"output size {self.Ho}x{self.Wo} is empty")

    def pad_width(self):
        return ((0, 0), (0, 0), (self.pt, self.pb), (self.pl, self.pr))

    def tap(self, k, l):
        """The (rows, cols) slices of the padded input that kernel tap (k, l) reads, one per output element."""
        r0, c0 = k * self.dh, l * self.dw
        return (
            slice(None),
            slice(None),
            slice(r0, r0 + self.sh * (self.Ho - 1) + 1, self.sh),
            slice(c0, c0 + self.sw * (self.Wo - 1) + 1, self.sw),
        )


def grouped_x(g, t):
    """[N, Ci, Ho, Wo] -> [N, G, Ci/G, Ho, Wo]: the group axis explicit."""
    return t.reshape(g.N, g.G, g.cig, g.Ho, g.Wo)


def grouped_w(g, t):
    """one tap's weights [Co, Ci/G] -> [G, Co/G, Ci/G]."""
    return t.reshape(g.G, g.cog, g.cig)


def forward(x, w, b, g, act):
    """x NCHW, w OIHW, b [Co] -> y NCHW (float64)."""
    xpad = np.pad(x, g.pad_width())
    z = np.broadcast_to(b[None, :, None, None], (g.N, g.Co, g.Ho, g.Wo)).copy()
    for k in range(g.K):
        for l in range(g.L):
            zg = np.einsum("ngchw,goc->ngohw", grouped_x(g, xpad[g.tap(k, l)]), grouped_w(g, w[:, :, k, l]))
            z += zg.reshape(g.N, g.Co, g.Ho, g.Wo)
    return activate(act, z)


def backward(x, w, y, dy, g, act):
    """Returns dx NCHW, dw OIHW, db [Co] (float64)."""
    delta = dy * activation_slope(act, y)
    db = delta.sum(axis=(0, 2, 3))
    xpad = np.pad(x, g.pad_width())
    dxpad = np.zeros_like(xpad)
    dw = np.zeros_like(w)
    for k in range(g.K):
        for l in range(g.L):
            sl = g.tap(k, l)
            dg = delta.reshape(g.N, g.G, g.cog, g.Ho, g.Wo)
            dw[:, :, k, l] = np.einsum("ngohw,ngchw->goc", dg, grouped_x(g, xpad[sl])).reshape(g.Co, g.cig)
            # one tap's slice never holds an element twice, so += through the view is a scatter-add
            dxpad[sl] += np.einsum("ngohw,goc->ngchw", dg, grouped_w(g, w[:, :, k, l])).reshape(g.N, g.Ci, g.Ho, g.Wo)
    dx = dxpad[:, :, g.pt : g.pt + g.H, g.pl : g.pl + g.W]
    return dx, dw, db


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pass_", metavar="pass", choices=["forward", "backward", "weight-update"])
    ap.add_argument("--dir", required=True)
    ap.add_argument("--stride", default="1")
    ap.add_argument("--pad", default="0")
    ap.add_argument("--dilation", default="1")
    ap.add_argument("--act", default="none")
    ap.add_argument("--layout", default="nchw", choices=["nchw", "nhwc"])
    ap.add_argument("--groups", type=int, default=1)
    ap.add_argument("--lr", type=float, help="learning rate of weight-update")
    a = ap.parse_args()
    if a.pass_ == "weight-update" and a.lr is None:
        sys.exit("weight-update needs --lr")

    stride = ints(a.stride, 2, "stride")
    pad = ints(a.pad, 4, "pad")
    dilation = ints(a.dilation, 2, "dilation")
    load = lambda name: np.load(os.path.join(a.dir, name)).astype(np.float64)
    save = lambda name, arr: np.save(os.path.join(a.dir, name), np.ascontiguousarray(arr, dtype=np.float64))

    nhwc = a.layout == "nhwc"
    # to NCHW / OIHW internally
    act_in = (lambda t: t.transpose(0, 3, 1, 2)) if nhwc else (lambda t: t)
    act_out = (lambda t: t.transpose(0, 2, 3, 1)) if nhwc else (lambda t: t)
    w_in = (lambda t: t.transpose(3, 2, 0, 1)) if nhwc else (lambda t: t)  # HWIO -> OIHW
    w_out = (lambda t: t.transpose(2, 3, 1, 0)) if nhwc else (lambda t: t)  # OIHW -> HWIO

    x = act_in(load("x.npy"))
    w = w_in(load("w.npy"))
    if x.ndim != 4 or w.ndim != 4:
        sys.exit("x.npy and w.npy must be 4-D")
    g = Geometry(x.shape, w.shape, stride, pad, dilation, a.groups)

    if a.pass_ == "forward":
        b = load("b.npy")
        save("ref_y.npy", act_out(forward(x, w, b, g, a.act)))
    else:
        y = act_in(load("y.npy"))
        dy = act_in(load("dy.npy"))
        want = (g.N, g.Co, g.Ho, g.Wo)
        if y.shape != want or dy.shape != want:
            sys.exit(f"y.npy {y.shape} / dy.npy {dy.shape}: expected {want} (NCHW)")
        dx, dw, db = backward(x, w, y, dy, g, a.act)
        if a.pass_ == "weight-update":
            # lr as the float32 convgen reads it, the step in float64
            lr = float(np.float32(a.lr))
            save("ref_w.npy", w_out(w - lr * dw))
        else:
            save("ref_dx.npy", act_out(dx))
            save("ref_dw.npy", w_out(dw))
        save("ref_db.npy", db)


if __name__ == "__main__":
    main()
