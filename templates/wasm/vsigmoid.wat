  ;; sigmoid of four float32 lanes: 1 / (1 + exp(-z)); exp is $vexp's computation written out here
  ;; (a call cost as much as a fifth of this function)
  (func $vsigmoid (param $z v128) (result v128) (local $x v128) (local $n v128) (local $r v128) (local $r2 v128)
    (local.set $x (f32x4.min (f32x4.max (f32x4.neg (local.get $z)) (f32x4.splat (f32.const -87))) (f32x4.splat (f32.const 88))))
    (local.set $n (f32x4.nearest (f32x4.mul (local.get $x) (f32x4.splat (f32.const 1.4426950408889634)))))
    (local.set $r
      (f32x4.sub
        (f32x4.sub (local.get $x) (f32x4.mul (local.get $n) (f32x4.splat (f32.const 0.693359375))))
        (f32x4.mul (local.get $n) (f32x4.splat (f32.const -2.12194440e-4)))))
    ;; exp(r) by its Taylor series to r^7, evaluated in Estrin's form (a few short chains, not one of 14 steps)
    (local.set $r2 (f32x4.mul (local.get $r) (local.get $r)))
    (f32x4.div (f32x4.splat (f32.const 1))
      (f32x4.add (f32x4.splat (f32.const 1))
        (f32x4.mul
          (f32x4.add
          (f32x4.add (f32x4.add (f32x4.splat (f32.const 1.0)) (local.get $r)) (f32x4.mul (local.get $r2) (f32x4.add (f32x4.splat (f32.const 0.5)) (f32x4.mul (local.get $r) (f32x4.splat (f32.const 0.16666666666666666))))))
          (f32x4.mul (f32x4.mul (local.get $r2) (local.get $r2))
            (f32x4.add
              (f32x4.add (f32x4.splat (f32.const 0.041666666666666664)) (f32x4.mul (local.get $r) (f32x4.splat (f32.const 0.008333333333333333))))
              (f32x4.mul (local.get $r2) (f32x4.add (f32x4.splat (f32.const 0.001388888888888889)) (f32x4.mul (local.get $r) (f32x4.splat (f32.const 0.0001984126984126984))))))))
          (i32x4.shl (i32x4.add (i32x4.trunc_sat_f32x4_s (local.get $n)) (i32x4.splat (i32.const 127))) (i32.const 23))))))
