  ;; tanh(z) = sign(z) (1 - e) / (1 + e) with e = exp(-2|z|), in float64 (no overflow for large |z|)
  (func $tanh (param $z f32) (result f32) (local $e f64)
    (local.set $e (call $exp (f64.mul (f64.const -2) (f64.abs (f64.promote_f32 (local.get $z))))))
    (f32.demote_f64
      (f64.copysign
        (f64.div (f64.sub (f64.const 1) (local.get $e)) (f64.add (f64.const 1) (local.get $e)))
        (f64.promote_f32 (local.get $z)))))
