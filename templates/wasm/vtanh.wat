  ;; tanh of four float32 lanes: sign(z) * -m / (m + 2) with m = expm1(-2|z|), |z| clamped to 9
  ;; (tanh(9) rounds to 1). expm1(x) = s (p(r) + 1) - 1 = s p(r) + (s - 1) with x = n ln2 + r,
  ;; |r| <= ln2/2, s = 2^n and p(r) = expm1(r) by its Taylor series to r^7 (relative error < 2e-8),
  ;; in Estrin's form; near z = 0 (n = 0, s - 1 = 0) m is p(r) itself, so nothing cancels.
  (func $vtanh (param $z v128) (result v128) (local $x v128) (local $n v128) (local $r v128) (local $r2 v128) (local $s v128) (local $m v128)
    (local.set $x (f32x4.mul (f32x4.min (f32x4.abs (local.get $z)) (f32x4.splat (f32.const 9))) (f32x4.splat (f32.const -2))))
    (local.set $n (f32x4.nearest (f32x4.mul (local.get $x) (f32x4.splat (f32.const 1.4426950408889634)))))
    (local.set $r
      (f32x4.sub
        (f32x4.sub (local.get $x) (f32x4.mul (local.get $n) (f32x4.splat (f32.const 0.693359375))))
        (f32x4.mul (local.get $n) (f32x4.splat (f32.const -2.12194440e-4)))))
    (local.set $r2 (f32x4.mul (local.get $r) (local.get $r)))
    (local.set $s (i32x4.shl (i32x4.add (i32x4.trunc_sat_f32x4_s (local.get $n)) (i32x4.splat (i32.const 127))) (i32.const 23)))
    (local.set $m
      (f32x4.add
        (f32x4.mul (local.get $s)
          (f32x4.add
            (f32x4.add (local.get $r) (f32x4.mul (local.get $r2) (f32x4.add (f32x4.splat (f32.const 0.5)) (f32x4.mul (local.get $r) (f32x4.splat (f32.const 0.16666666666666666))))))
            (f32x4.mul (f32x4.mul (local.get $r2) (local.get $r2))
              (f32x4.add
                (f32x4.add (f32x4.splat (f32.const 0.041666666666666664)) (f32x4.mul (local.get $r) (f32x4.splat (f32.const 0.008333333333333333))))
                (f32x4.mul (local.get $r2) (f32x4.add (f32x4.splat (f32.const 0.001388888888888889)) (f32x4.mul (local.get $r) (f32x4.splat (f32.const 0.0001984126984126984)))))))))
        (f32x4.sub (local.get $s) (f32x4.splat (f32.const 1)))))
    ;; copysign: the magnitude's bits with z's sign bit
    (v128.bitselect
      (local.get $z)
      (f32x4.div (f32x4.neg (local.get $m)) (f32x4.add (local.get $m) (f32x4.splat (f32.const 2))))
      (v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000)))
