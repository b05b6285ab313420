  ;; tanh of four float32 lanes: sign(z) (1 - e) / (1 + e) with e = exp(-2|z|); below |z| = 1/16,
  ;; where 1 - e would cancel, the series z - z^3/3 + 2z^5/15 - 17z^7/315 (error < 1e-10)
  (func $vtanh (param $z v128) (result v128) (local $a v128) (local $e v128) (local $s v128)
    (local.set $a (f32x4.abs (local.get $z)))
    (local.set $e (call $vexp (f32x4.mul (local.get $a) (f32x4.splat (f32.const -2)))))
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
