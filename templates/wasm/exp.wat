  ;; exp(x) in float64: x = n ln2 + r, |r| <= ln2/2, exp(r) by its Taylor series to r^10
  ;; (truncation error < 3e-13), times 2^n built from the exponent bits
  (func $exp (param $x f64) (result f64) (local $n f64) (local $r f64)
    (local.set $x (f64.min (f64.max (local.get $x) (f64.const -700)) (f64.const 700)))
    (local.set $n (f64.nearest (f64.mul (local.get $x) (f64.const 1.4426950408889634))))
    (local.set $r
      (f64.sub
        (f64.sub (local.get $x) (f64.mul (local.get $n) (f64.const 0.6931471803691238)))
        (f64.mul (local.get $n) (f64.const 1.9082149292705877e-10))))
    (f64.mul
      (f64.add (f64.const 1.0) (f64.mul (local.get $r) (f64.add (f64.const 1.0) (f64.mul (local.get $r) (f64.add (f64.const 0.5) (f64.mul (local.get $r) (f64.add (f64.const 0.16666666666666666) (f64.mul (local.get $r) (f64.add (f64.const 0.041666666666666664) (f64.mul (local.get $r) (f64.add (f64.const 0.008333333333333333) (f64.mul (local.get $r) (f64.add (f64.const 0.001388888888888889) (f64.mul (local.get $r) (f64.add (f64.const 0.0001984126984126984) (f64.mul (local.get $r) (f64.add (f64.const 2.48015873015873e-05) (f64.mul (local.get $r) (f64.add (f64.const 2.7557319223985893e-06) (f64.mul (local.get $r) (f64.const 2.755731922398589e-07)))))))))))))))))))))
      (f64.reinterpret_i64
        (i64.shl (i64.add (i64.trunc_f64_s (local.get $n)) (i64.const 1023)) (i64.const 52)))))
