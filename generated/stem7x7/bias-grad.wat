;; convgen 0.1.0: generated file, do not edit. Template: templates/wasm/module.wat
;; kernel: stem7x7_bias_grad (pass bias-grad, target wasm)
;; spec: stem7x7: N=1 Ci=3 H=224 W=224 Co=64 K=7 L=7 stride=2x2 pad=3,3,3,3 dilation=1x1 act=relu layout=nchw -> Ho=112 Wo=112
;; schedule: {"kind":"simd","vector":"pixels","vectors":4,"partners":1,"unroll":1,"fma":false,"threads":1}
;; memory: 99 pages; 64-byte red zone after every tensor
;;   dy (input) at byte 0, [1, 64, 112, 112] float32
;;   y (input) at byte 3211328, [1, 64, 112, 112] float32
;;   db (output) at byte 6422656, [64] float32
(module
  ;; one memory holds every tensor at a fixed byte offset; callers write inputs in place
  (memory (export "memory") 99 99)
  (global (export "dy_offset") i32 (i32.const 0))
  (global (export "dy_length") i32 (i32.const 802816))
  (global (export "y_offset") i32 (i32.const 3211328))
  (global (export "y_length") i32 (i32.const 802816))
  (global (export "db_offset") i32 (i32.const 6422656))
  (global (export "db_length") i32 (i32.const 64))

  ;; the work
  (func $main (export "main")
    (local $ap i32)
    (local $aq i32)
    (local $rij i32)
    (local $op i32)
    (local $m i32)
    (local $t0 f32)
    (local $acc0_0 v128)
    (local $acc0_1 v128)
    (local $acc0_2 v128)
    (local $acc0_3 v128)
    (local $a0 v128)
    (local $a1 v128)
    (local $a2 v128)
    (local $a3 v128)
    (local.set $m (i32.const 0))
    (loop $m_loop
      (local.set $ap (i32.mul (local.get $m) (i32.const 50176)))
      (local.set $acc0_0 (v128.const i32x4 0 0 0 0))
      (local.set $acc0_1 (v128.const i32x4 0 0 0 0))
      (local.set $acc0_2 (v128.const i32x4 0 0 0 0))
      (local.set $acc0_3 (v128.const i32x4 0 0 0 0))
      (local.set $t0 (f32.const 0))
      (local.set $aq (local.get $ap))
      (local.set $rij (i32.const 0))
      (loop $rij_loop
        (local.set $a0 (f32x4.mul (v128.load offset=0 align=4 (local.get $aq)) (v128.and (f32x4.gt (v128.load offset=3211328 align=4 (local.get $aq)) (v128.const i32x4 0 0 0 0)) (f32x4.splat (f32.const 1)))))
        (local.set $a1 (f32x4.mul (v128.load offset=16 align=4 (local.get $aq)) (v128.and (f32x4.gt (v128.load offset=3211344 align=4 (local.get $aq)) (v128.const i32x4 0 0 0 0)) (f32x4.splat (f32.const 1)))))
        (local.set $a2 (f32x4.mul (v128.load offset=32 align=4 (local.get $aq)) (v128.and (f32x4.gt (v128.load offset=3211360 align=4 (local.get $aq)) (v128.const i32x4 0 0 0 0)) (f32x4.splat (f32.const 1)))))
        (local.set $a3 (f32x4.mul (v128.load offset=48 align=4 (local.get $aq)) (v128.and (f32x4.gt (v128.load offset=3211376 align=4 (local.get $aq)) (v128.const i32x4 0 0 0 0)) (f32x4.splat (f32.const 1)))))
        (local.set $acc0_0 (f32x4.add (local.get $acc0_0) (local.get $a0)))
        (local.set $acc0_1 (f32x4.add (local.get $acc0_1) (local.get $a1)))
        (local.set $acc0_2 (f32x4.add (local.get $acc0_2) (local.get $a2)))
        (local.set $acc0_3 (f32x4.add (local.get $acc0_3) (local.get $a3)))
        (local.set $aq (i32.add (local.get $aq) (i32.const 64)))
        (br_if $rij_loop (i32.lt_u (local.tee $rij (i32.add (local.get $rij) (i32.const 1))) (i32.const 784))))
      (local.set $op (i32.mul (local.get $m) (i32.const 4)))
      (f32.store offset=6422656 (local.get $op) (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (local.get $t0) (f32x4.extract_lane 0 (local.get $acc0_0))) (f32x4.extract_lane 1 (local.get $acc0_0))) (f32x4.extract_lane 2 (local.get $acc0_0))) (f32x4.extract_lane 3 (local.get $acc0_0))) (f32x4.extract_lane 0 (local.get $acc0_1))) (f32x4.extract_lane 1 (local.get $acc0_1))) (f32x4.extract_lane 2 (local.get $acc0_1))) (f32x4.extract_lane 3 (local.get $acc0_1))) (f32x4.extract_lane 0 (local.get $acc0_2))) (f32x4.extract_lane 1 (local.get $acc0_2))) (f32x4.extract_lane 2 (local.get $acc0_2))) (f32x4.extract_lane 3 (local.get $acc0_2))) (f32x4.extract_lane 0 (local.get $acc0_3))) (f32x4.extract_lane 1 (local.get $acc0_3))) (f32x4.extract_lane 2 (local.get $acc0_3))) (f32x4.extract_lane 3 (local.get $acc0_3))))
      (br_if $m_loop (i32.lt_u (local.tee $m (i32.add (local.get $m) (i32.const 1))) (i32.const 64))))
  )
  ;; the whole pass on the calling thread
  (func (export "bias-grad")
    (call $main)
  )
)
