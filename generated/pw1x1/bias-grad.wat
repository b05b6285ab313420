;; convgen 0.1.0: generated file, do not edit. Template: templates/wasm/module.wat
;; kernel: pw1x1_bias_grad (pass bias-grad, target wasm)
;; spec: pw1x1: N=1 Ci=256 H=14 W=14 Co=64 K=1 L=1 stride=1x1 pad=0,0,0,0 dilation=1x1 act=none layout=nchw -> Ho=14 Wo=14
;; schedule: {"kind":"simd","vectors":4,"partners":1,"unroll":1,"fma":false,"threads":1}
;; memory: 1 pages; 64-byte red zone after every tensor
;;   dy (input) at byte 0, [1, 64, 14, 14] float32
;;   db (output) at byte 50240, [64] float32
(module
  ;; one memory holds every tensor at a fixed byte offset; callers write inputs in place
  (memory (export "memory") 1 1)
  (global (export "dy_offset") i32 (i32.const 0))
  (global (export "dy_length") i32 (i32.const 12544))
  (global (export "db_offset") i32 (i32.const 50240))
  (global (export "db_length") i32 (i32.const 64))

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
      (local.set $q (i32.const 0))
      (loop $q_loop
        (local.set $p (i32.add (i32.add (i32.mul (local.get $n) (i32.const 50176)) (i32.mul (local.get $c) (i32.const 784))) (i32.mul (local.get $q) (i32.const 64))))
        (local.set $acc0 (f32x4.add (local.get $acc0) (v128.load offset=0 align=4 (local.get $p))))
        (local.set $acc1 (f32x4.add (local.get $acc1) (v128.load offset=16 align=4 (local.get $p))))
        (local.set $acc2 (f32x4.add (local.get $acc2) (v128.load offset=32 align=4 (local.get $p))))
        (local.set $acc3 (f32x4.add (local.get $acc3) (v128.load offset=48 align=4 (local.get $p))))
        (br_if $q_loop (i32.lt_u (local.tee $q (i32.add (local.get $q) (i32.const 1))) (i32.const 12))))
      (local.set $p (i32.add (i32.add (i32.mul (local.get $n) (i32.const 50176)) (i32.mul (local.get $c) (i32.const 784))) (i32.const 768)))
      (local.set $acc0 (f32x4.add (local.get $acc0) (v128.load offset=0 align=4 (local.get $p))))
      (local.set $bp (i32.mul (local.get $c) (i32.const 4)))
      (f32.store offset=50240 (local.get $bp) (f32.add (local.get $s) (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32x4.extract_lane 0 (local.get $acc0)) (f32x4.extract_lane 1 (local.get $acc0))) (f32x4.extract_lane 2 (local.get $acc0))) (f32x4.extract_lane 3 (local.get $acc0))) (f32x4.extract_lane 0 (local.get $acc1))) (f32x4.extract_lane 1 (local.get $acc1))) (f32x4.extract_lane 2 (local.get $acc1))) (f32x4.extract_lane 3 (local.get $acc1))) (f32x4.extract_lane 0 (local.get $acc2))) (f32x4.extract_lane 1 (local.get $acc2))) (f32x4.extract_lane 2 (local.get $acc2))) (f32x4.extract_lane 3 (local.get $acc2))) (f32x4.extract_lane 0 (local.get $acc3))) (f32x4.extract_lane 1 (local.get $acc3))) (f32x4.extract_lane 2 (local.get $acc3))) (f32x4.extract_lane 3 (local.get $acc3)))))
      (br_if $c_loop (i32.lt_u (local.tee $c (i32.add (local.get $c) (i32.const 1))) (i32.const 64))))
  )
  ;; the whole pass on the calling thread
  (func (export "bias-grad")
    (call $main)
  )
)
