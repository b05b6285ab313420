;; convgen 0.1.0: generated file, do not edit. Template: templates/wasm/module.wat
;; kernel: lenet1_bias_grad (pass bias-grad, target wasm)
;; spec: lenet1: N=8 Ci=1 H=32 W=32 Co=6 K=5 L=5 stride=1x1 pad=0,0,0,0 dilation=1x1 act=tanh layout=nchw -> Ho=28 Wo=28
;; schedule: {"kind":"simd","vector":"pixels","vectors":4,"partners":1,"unroll":1,"fma":false,"threads":1}
;; memory: 5 pages; 64-byte red zone after every tensor
;;   dy (input) at byte 0, [8, 6, 28, 28] float32
;;   y (input) at byte 150592, [8, 6, 28, 28] float32
;;   db (output) at byte 301184, [6] float32
(module
  ;; one memory holds every tensor at a fixed byte offset; callers write inputs in place
  (memory (export "memory") 5 5)
  (global (export "dy_offset") i32 (i32.const 0))
  (global (export "dy_length") i32 (i32.const 37632))
  (global (export "y_offset") i32 (i32.const 150592))
  (global (export "y_length") i32 (i32.const 37632))
  (global (export "db_offset") i32 (i32.const 301184))
  (global (export "db_length") i32 (i32.const 6))

  ;; the work
  (func $main (export "main")
    (local $ap i32)
    (local $aq i32)
    (local $rn i32)
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
      (local.set $ap (i32.mul (local.get $m) (i32.const 3136)))
      (local.set $acc0_0 (v128.const i32x4 0 0 0 0))
      (local.set $acc0_1 (v128.const i32x4 0 0 0 0))
      (local.set $acc0_2 (v128.const i32x4 0 0 0 0))
      (local.set $acc0_3 (v128.const i32x4 0 0 0 0))
      (local.set $t0 (f32.const 0))
      (local.set $rn (i32.const 0))
      (loop $rn_loop
        (local.set $aq (i32.add (local.get $ap) (i32.mul (local.get $rn) (i32.const 18816))))
        (local.set $rij (i32.const 0))
        (loop $rij_loop
          (local.set $a0 (f32x4.mul (v128.load offset=0 align=4 (local.get $aq)) (f32x4.mul (f32x4.sub (f32x4.splat (f32.const 1)) (v128.load offset=150592 align=4 (local.get $aq))) (f32x4.add (f32x4.splat (f32.const 1)) (v128.load offset=150592 align=4 (local.get $aq))))))
          (local.set $a1 (f32x4.mul (v128.load offset=16 align=4 (local.get $aq)) (f32x4.mul (f32x4.sub (f32x4.splat (f32.const 1)) (v128.load offset=150608 align=4 (local.get $aq))) (f32x4.add (f32x4.splat (f32.const 1)) (v128.load offset=150608 align=4 (local.get $aq))))))
          (local.set $a2 (f32x4.mul (v128.load offset=32 align=4 (local.get $aq)) (f32x4.mul (f32x4.sub (f32x4.splat (f32.const 1)) (v128.load offset=150624 align=4 (local.get $aq))) (f32x4.add (f32x4.splat (f32.const 1)) (v128.load offset=150624 align=4 (local.get $aq))))))
          (local.set $a3 (f32x4.mul (v128.load offset=48 align=4 (local.get $aq)) (f32x4.mul (f32x4.sub (f32x4.splat (f32.const 1)) (v128.load offset=150640 align=4 (local.get $aq))) (f32x4.add (f32x4.splat (f32.const 1)) (v128.load offset=150640 align=4 (local.get $aq))))))
          (local.set $acc0_0 (f32x4.add (local.get $acc0_0) (local.get $a0)))
          (local.set $acc0_1 (f32x4.add (local.get $acc0_1) (local.get $a1)))
          (local.set $acc0_2 (f32x4.add (local.get $acc0_2) (local.get $a2)))
          (local.set $acc0_3 (f32x4.add (local.get $acc0_3) (local.get $a3)))
          (local.set $aq (i32.add (local.get $aq) (i32.const 64)))
          (br_if $rij_loop (i32.lt_u (local.tee $rij (i32.add (local.get $rij) (i32.const 1))) (i32.const 49))))
        (br_if $rn_loop (i32.lt_u (local.tee $rn (i32.add (local.get $rn) (i32.const 1))) (i32.const 8))))
      (local.set $op (i32.mul (local.get $m) (i32.const 4)))
      (f32.store offset=301184 (local.get $op) (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (local.get $t0) (f32x4.extract_lane 0 (local.get $acc0_0))) (f32x4.extract_lane 1 (local.get $acc0_0))) (f32x4.extract_lane 2 (local.get $acc0_0))) (f32x4.extract_lane 3 (local.get $acc0_0))) (f32x4.extract_lane 0 (local.get $acc0_1))) (f32x4.extract_lane 1 (local.get $acc0_1))) (f32x4.extract_lane 2 (local.get $acc0_1))) (f32x4.extract_lane 3 (local.get $acc0_1))) (f32x4.extract_lane 0 (local.get $acc0_2))) (f32x4.extract_lane 1 (local.get $acc0_2))) (f32x4.extract_lane 2 (local.get $acc0_2))) (f32x4.extract_lane 3 (local.get $acc0_2))) (f32x4.extract_lane 0 (local.get $acc0_3))) (f32x4.extract_lane 1 (local.get $acc0_3))) (f32x4.extract_lane 2 (local.get $acc0_3))) (f32x4.extract_lane 3 (local.get $acc0_3))))
      (br_if $m_loop (i32.lt_u (local.tee $m (i32.add (local.get $m) (i32.const 1))) (i32.const 6))))
  )
  ;; the whole pass on the calling thread
  (func (export "bias-grad")
    (call $main)
  )
)
