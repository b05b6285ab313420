  ;; sigmoid of four float32 lanes: 1 / (1 + exp(-z))
  (func $vsigmoid (param $z v128) (result v128)
    (f32x4.div (f32x4.splat (f32.const 1))
      (f32x4.add (f32x4.splat (f32.const 1)) (call $vexp (f32x4.neg (local.get $z))))))
