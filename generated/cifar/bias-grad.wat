;; convgen 0.1.0: generated file, do not edit. Template: templates/wasm/module.wat
;; kernel: cifar_bias_grad (pass bias-grad, target wasm)
;; spec: cifar: N=8 Ci=3 H=32 W=32 Co=32 K=3 L=3 stride=1x1 pad=1,1,1,1 dilation=1x1 act=relu layout=nchw -> Ho=32 Wo=32
;; schedule: {"tile":1,"unroll":8}
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

  (func $kernel (export "bias-grad")
    (local $p i32)
    (local $jb i32)
    (local $i i32)
    (local $n i32)
    (local $bp i32)
    (local $ct i32)
    (local $acc0 f32)
    (local $row0 f32)
    (local.set $ct (i32.const 0))
    (loop $ct_loop
      (local.set $acc0 (f32.const 0))
      (local.set $n (i32.const 0))
      (loop $n_loop
        (local.set $i (i32.const 0))
        (loop $i_loop
          (local.set $row0 (f32.const 0))
          (local.set $jb (i32.const 0))
          (loop $jb_loop
            (local.set $p (i32.add (i32.add (i32.add (i32.mul (local.get $n) (i32.const 131072)) (i32.mul (local.get $i) (i32.const 128))) (i32.mul (local.get $ct) (i32.const 4096))) (i32.mul (local.get $jb) (i32.const 32))))
            (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=0 (local.get $p)) (select (f32.const 1) (f32.const 0) (f32.gt (f32.load offset=1048640 (local.get $p)) (f32.const 0))))))
            (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=4 (local.get $p)) (select (f32.const 1) (f32.const 0) (f32.gt (f32.load offset=1048644 (local.get $p)) (f32.const 0))))))
            (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=8 (local.get $p)) (select (f32.const 1) (f32.const 0) (f32.gt (f32.load offset=1048648 (local.get $p)) (f32.const 0))))))
            (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=12 (local.get $p)) (select (f32.const 1) (f32.const 0) (f32.gt (f32.load offset=1048652 (local.get $p)) (f32.const 0))))))
            (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=16 (local.get $p)) (select (f32.const 1) (f32.const 0) (f32.gt (f32.load offset=1048656 (local.get $p)) (f32.const 0))))))
            (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=20 (local.get $p)) (select (f32.const 1) (f32.const 0) (f32.gt (f32.load offset=1048660 (local.get $p)) (f32.const 0))))))
            (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=24 (local.get $p)) (select (f32.const 1) (f32.const 0) (f32.gt (f32.load offset=1048664 (local.get $p)) (f32.const 0))))))
            (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=28 (local.get $p)) (select (f32.const 1) (f32.const 0) (f32.gt (f32.load offset=1048668 (local.get $p)) (f32.const 0))))))
            (br_if $jb_loop (i32.lt_u (local.tee $jb (i32.add (local.get $jb) (i32.const 1))) (i32.const 4))))
          (local.set $acc0 (f32.add (local.get $acc0) (local.get $row0)))
          (br_if $i_loop (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 32))))
        (br_if $n_loop (i32.lt_u (local.tee $n (i32.add (local.get $n) (i32.const 1))) (i32.const 8))))
      (local.set $bp (i32.mul (local.get $ct) (i32.const 4)))
      (f32.store offset=2097280 (local.get $bp) (local.get $acc0))
      (br_if $ct_loop (i32.lt_u (local.tee $ct (i32.add (local.get $ct) (i32.const 1))) (i32.const 32))))
  )
)
