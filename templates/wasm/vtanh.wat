  ;; tanh of four float32 lanes: sign(z) (1 - e) / (1 + e) with e = exp(-2|z|); below |z| = 1/16,
  ;; where 1 - e would cancel, the series z - z^3/3 + 2z^5/15 - 17z^7/315 (error < 1e-10)
  ;; exp(-2|z|) is $vexp's computation written out here: a call cost a fifth of this function
  (func $vtanh (param $z v128) (result v128) (local $a v128) (local $e v128) (local $s v128) (local $x v128) (local $n v128) (local $r v128) (local $r2 v128)
    (local.set $a (f32x4.abs (local.get $z)))
    (local.set $x (f32x4.max (f32x4.mul (local.get $a) (f32x4.splat (f32.const -2))) (f32x4.splat (f32.const -87))))
    (local.set $n (f32x4.nearest (f32x4.mul (local.get $x) (f32x4.splat (f32.const 1.4426950408889634)))))
    (local.set $r
      (f32x4.sub
        (f32x4.sub (local.get $x) (f32x4.mul (local.get $n) (f32x4.splat (f32.const 0.693359375))))
        (f32x4.mul (local.get $n) (f32x4.splat (f32.const -2.12194440e-4)))))
    ;; exp(r) by its Taylor series to r^7, evaluated in Estrin's form (a few short chains, not one of 14 steps)
    (local.set $r2 (f32x4.mul (local.get $r) (local.get $r)))
    (local.set $e
      (f32x4.mul
        (f32x4.add
          (f32x4.add (f32x4.add (f32x4.splat (f32.const 1.0)) (local.get $r)) (f32x4.mul (local.get $r2) (f32x4.add (f32x4.splat (f32.const 0.5)) (f32x4.mul (local.get $r) (f32x4.splat (f32.const 0.16666666666666666))))))
          (f32x4.mul (f32x4.mul (local.get $r2) (local.get $r2))
            (f32x4.add
              (f32x4.add (f32x4.splat (f32.const 0.041666666666666664)) (f32x4.mul (local.get $r) (f32x4.splat (f32.const 0.008333333333333333))))
              (f32x4.mul (local.get $r2) (f32x4.add (f32x4.splat (f32.const 0.001388888888888889)) (f32x4.mul (local.get $r) (f32x4.splat (f32.const 0.0001984126984126984))))))))
        (i32x4.shl (i32x4.add (i32x4.trunc_sat_f32x4_s (local.get $n)) (i32x4.splat (i32.const 127))) (i32.const 23))))
    (local.set $s (f32x4.mul (local.get $z) (local.get $z)))
    (v128.bitselect
      (f32x4.mul (local.get $z)
        (f32x4.add (f32x4.splat (f32.const 1))
          (f32x4.mul (local.get $s)
            (f32x4.add (f32x4.splat (f32.const -0.3333333333333333))
              (f32x4.mul (local.get $s)
                (f32x4.add (f32x4.splat (f32.const 0.13333333333333333))
                  (f32x4.mul (local.get $s) (f32x4.splat (f32.const -0.05396825396825397)))))))))
      ;; copysign: the magnitude's bits with z's sign bit
      (v128.bitselect
        (local.get $z)
        (f32x4.div (f32x4.sub (f32x4.splat (f32.const 1)) (local.get $e)) (f32x4.add (f32x4.splat (f32.const 1)) (local.get $e)))
        (v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000))
      (f32x4.lt (local.get $a) (f32x4.splat (f32.const 0.0625)))))
