;; convgen 0.1.0: generated file, do not edit. Template: templates/wasm/module.wat
;; kernel: lenet1_bias_grad (pass bias-grad, target wasm)
;; spec: lenet1: N=8 Ci=1 H=32 W=32 Co=6 K=5 L=5 stride=1x1 pad=0,0,0,0 dilation=1x1 act=tanh layout=nchw -> Ho=28 Wo=28
;; schedule: {"kind":"simd","vectors":4,"partners":1,"unroll":1,"fma":false,"threads":1}
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
    (local $p i32)
    (local $q i32)
    (local $c i32)
    (local $n i32)
    (local $bp i32)
    (local $s f32)
    (local $acc0 v128)
    (local $acc1 v128)
    (local $acc2 v128)
    (local $acc3 v128)
    (local.set $c (i32.const 0))
    (loop $c_loop
      (local.set $acc0 (v128.const i32x4 0 0 0 0))
      (local.set $acc1 (v128.const i32x4 0 0 0 0))
      (local.set $acc2 (v128.const i32x4 0 0 0 0))
      (local.set $acc3 (v128.const i32x4 0 0 0 0))
      (local.set $s (f32.const 0))
      (local.set $n (i32.const 0))
      (loop $n_loop
        (local.set $q (i32.const 0))
        (loop $q_loop
          (local.set $p (i32.add (i32.add (i32.mul (local.get $n) (i32.const 18816)) (i32.mul (local.get $c) (i32.const 3136))) (i32.mul (local.get $q) (i32.const 64))))
          (local.set $acc0 (f32x4.add (local.get $acc0) (f32x4.mul (v128.load offset=0 align=4 (local.get $p)) (f32x4.mul (f32x4.sub (f32x4.splat (f32.const 1)) (v128.load offset=150592 align=4 (local.get $p))) (f32x4.add (f32x4.splat (f32.const 1)) (v128.load offset=150592 align=4 (local.get $p)))))))
          (local.set $acc1 (f32x4.add (local.get $acc1) (f32x4.mul (v128.load offset=16 align=4 (local.get $p)) (f32x4.mul (f32x4.sub (f32x4.splat (f32.const 1)) (v128.load offset=150608 align=4 (local.get $p))) (f32x4.add (f32x4.splat (f32.const 1)) (v128.load offset=150608 align=4 (local.get $p)))))))
          (local.set $acc2 (f32x4.add (local.get $acc2) (f32x4.mul (v128.load offset=32 align=4 (local.get $p)) (f32x4.mul (f32x4.sub (f32x4.splat (f32.const 1)) (v128.load offset=150624 align=4 (local.get $p))) (f32x4.add (f32x4.splat (f32.const 1)) (v128.load offset=150624 align=4 (local.get $p)))))))
          (local.set $acc3 (f32x4.add (local.get $acc3) (f32x4.mul (v128.load offset=48 align=4 (local.get $p)) (f32x4.mul (f32x4.sub (f32x4.splat (f32.const 1)) (v128.load offset=150640 align=4 (local.get $p))) (f32x4.add (f32x4.splat (f32.const 1)) (v128.load offset=150640 align=4 (local.get $p)))))))
          (br_if $q_loop (i32.lt_u (local.tee $q (i32.add (local.get $q) (i32.const 1))) (i32.const 49))))
        (br_if $n_loop (i32.lt_u (local.tee $n (i32.add (local.get $n) (i32.const 1))) (i32.const 8))))
      (local.set $bp (i32.mul (local.get $c) (i32.const 4)))
      (f32.store offset=301184 (local.get $bp) (f32.add (local.get $s) (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32x4.extract_lane 0 (local.get $acc0)) (f32x4.extract_lane 1 (local.get $acc0))) (f32x4.extract_lane 2 (local.get $acc0))) (f32x4.extract_lane 3 (local.get $acc0))) (f32x4.extract_lane 0 (local.get $acc1))) (f32x4.extract_lane 1 (local.get $acc1))) (f32x4.extract_lane 2 (local.get $acc1))) (f32x4.extract_lane 3 (local.get $acc1))) (f32x4.extract_lane 0 (local.get $acc2))) (f32x4.extract_lane 1 (local.get $acc2))) (f32x4.extract_lane 2 (local.get $acc2))) (f32x4.extract_lane 3 (local.get $acc2))) (f32x4.extract_lane 0 (local.get $acc3))) (f32x4.extract_lane 1 (local.get $acc3))) (f32x4.extract_lane 2 (local.get $acc3))) (f32x4.extract_lane 3 (local.get $acc3)))))
      (br_if $c_loop (i32.lt_u (local.tee $c (i32.add (local.get $c) (i32.const 1))) (i32.const 6))))
  )
  ;; the whole pass on the calling thread
  (func (export "bias-grad")
    (call $main)
  )
)
