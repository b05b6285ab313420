  ;; sigmoid(z) = 1 / (1 + exp(-z)), in float64
  (func $sigmoid (param $z f32) (result f32)
    (f32.demote_f64
      (f64.div (f64.const 1)
        (f64.add (f64.const 1) (call $exp (f64.neg (f64.promote_f32 (local.get $z))))))))
