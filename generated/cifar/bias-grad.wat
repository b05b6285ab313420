;; convgen 0.1.0: generated file, do not edit. Template: templates/wasm/module.wat
;; kernel: cifar_bias_grad (pass bias-grad, target wasm)
;; spec: cifar: N=8 Ci=3 H=32 W=32 Co=32 K=3 L=3 stride=1x1 pad=1,1,1,1 dilation=1x1 act=relu layout=nchw -> Ho=32 Wo=32
;; schedule: {"kind":"simd","vectors":4,"partners":1,"unroll":1,"fma":false,"threads":1}
;; memory: 33 pages; 64-byte red zone after every tensor
;;   dy (input) at byte 0, [8, 32, 32, 32] float32
;;   y (input) at byte 1048640, [8, 32, 32, 32] float32
;;   db (output) at byte 2097280, [32] float32
(module
  ;; one memory holds every tensor at a fixed byte offset; callers write inputs in place
  (memory (export "memory") 33 33)
  (global (export "dy_offset") i32 (i32.const 0))
  (global (export "dy_length") i32 (i32.const 262144))
  (global (export "y_offset") i32 (i32.const 1048640))
  (global (export "y_length") i32 (i32.const 262144))
  (global (export "db_offset") i32 (i32.const 2097280))
  (global (export "db_length") i32 (i32.const 32))

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
          (local.set $p (i32.add (i32.add (i32.mul (local.get $n) (i32.const 131072)) (i32.mul (local.get $c) (i32.const 4096))) (i32.mul (local.get $q) (i32.const 64))))
          (local.set $acc0 (f32x4.add (local.get $acc0) (f32x4.mul (v128.load offset=0 align=4 (local.get $p)) (v128.and (f32x4.gt (v128.load offset=1048640 align=4 (local.get $p)) (v128.const i32x4 0 0 0 0)) (f32x4.splat (f32.const 1))))))
          (local.set $acc1 (f32x4.add (local.get $acc1) (f32x4.mul (v128.load offset=16 align=4 (local.get $p)) (v128.and (f32x4.gt (v128.load offset=1048656 align=4 (local.get $p)) (v128.const i32x4 0 0 0 0)) (f32x4.splat (f32.const 1))))))
          (local.set $acc2 (f32x4.add (local.get $acc2) (f32x4.mul (v128.load offset=32 align=4 (local.get $p)) (v128.and (f32x4.gt (v128.load offset=1048672 align=4 (local.get $p)) (v128.const i32x4 0 0 0 0)) (f32x4.splat (f32.const 1))))))
          (local.set $acc3 (f32x4.add (local.get $acc3) (f32x4.mul (v128.load offset=48 align=4 (local.get $p)) (v128.and (f32x4.gt (v128.load offset=1048688 align=4 (local.get $p)) (v128.const i32x4 0 0 0 0)) (f32x4.splat (f32.const 1))))))
          (br_if $q_loop (i32.lt_u (local.tee $q (i32.add (local.get $q) (i32.const 1))) (i32.const 64))))
        (br_if $n_loop (i32.lt_u (local.tee $n (i32.add (local.get $n) (i32.const 1))) (i32.const 8))))
      (local.set $bp (i32.mul (local.get $c) (i32.const 4)))
      (f32.store offset=2097280 (local.get $bp) (f32.add (local.get $s) (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add (f32x4.extract_lane 0 (local.get $acc0)) (f32x4.extract_lane 1 (local.get $acc0))) (f32x4.extract_lane 2 (local.get $acc0))) (f32x4.extract_lane 3 (local.get $acc0))) (f32x4.extract_lane 0 (local.get $acc1))) (f32x4.extract_lane 1 (local.get $acc1))) (f32x4.extract_lane 2 (local.get $acc1))) (f32x4.extract_lane 3 (local.get $acc1))) (f32x4.extract_lane 0 (local.get $acc2))) (f32x4.extract_lane 1 (local.get $acc2))) (f32x4.extract_lane 2 (local.get $acc2))) (f32x4.extract_lane 3 (local.get $acc2))) (f32x4.extract_lane 0 (local.get $acc3))) (f32x4.extract_lane 1 (local.get $acc3))) (f32x4.extract_lane 2 (local.get $acc3))) (f32x4.extract_lane 3 (local.get $acc3)))))
      (br_if $c_loop (i32.lt_u (local.tee $c (i32.add (local.get $c) (i32.const 1))) (i32.const 32))))
  )
  ;; the whole pass on the calling thread
  (func (export "bias-grad")
    (call $main)
  )
)
