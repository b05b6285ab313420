;; convgen 0.1.0: generated file, do not edit. Template: templates/wasm/module.wat
;; kernel: res3x3s2_bias_grad (pass bias-grad, target wasm)
;; spec: res3x3s2: N=1 Ci=64 H=56 W=56 Co=128 K=3 L=3 stride=2x2 pad=1,1,1,1 dilation=1x1 act=relu layout=nchw -> Ho=28 Wo=28
;; schedule: {"tile":1,"unroll":8}
;; memory: 13 pages; 64-byte red zone after every tensor
;;   dy (input) at byte 0, [1, 128, 28, 28] float32
;;   y (input) at byte 401472, [1, 128, 28, 28] float32
;;   db (output) at byte 802944, [128] float32
(module
  ;; one memory holds every tensor at a fixed byte offset; callers write inputs in place
  (memory (export "memory") 13 13)
  (global (export "dy_offset") i32 (i32.const 0))
  (global (export "dy_length") i32 (i32.const 100352))
  (global (export "y_offset") i32 (i32.const 401472))
  (global (export "y_length") i32 (i32.const 100352))
  (global (export "db_offset") i32 (i32.const 802944))
  (global (export "db_length") i32 (i32.const 128))

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
      (local.set $i (i32.const 0))
      (loop $i_loop
        (local.set $row0 (f32.const 0))
        (local.set $jb (i32.const 0))
        (loop $jb_loop
          (local.set $p (i32.add (i32.add (i32.add (i32.mul (local.get $n) (i32.const 401408)) (i32.mul (local.get $i) (i32.const 112))) (i32.mul (local.get $ct) (i32.const 3136))) (i32.mul (local.get $jb) (i32.const 32))))
          (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=0 (local.get $p)) (select (f32.const 1) (f32.const 0) (f32.gt (f32.load offset=401472 (local.get $p)) (f32.const 0))))))
          (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=4 (local.get $p)) (select (f32.const 1) (f32.const 0) (f32.gt (f32.load offset=401476 (local.get $p)) (f32.const 0))))))
          (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=8 (local.get $p)) (select (f32.const 1) (f32.const 0) (f32.gt (f32.load offset=401480 (local.get $p)) (f32.const 0))))))
          (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=12 (local.get $p)) (select (f32.const 1) (f32.const 0) (f32.gt (f32.load offset=401484 (local.get $p)) (f32.const 0))))))
          (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=16 (local.get $p)) (select (f32.const 1) (f32.const 0) (f32.gt (f32.load offset=401488 (local.get $p)) (f32.const 0))))))
          (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=20 (local.get $p)) (select (f32.const 1) (f32.const 0) (f32.gt (f32.load offset=401492 (local.get $p)) (f32.const 0))))))
          (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=24 (local.get $p)) (select (f32.const 1) (f32.const 0) (f32.gt (f32.load offset=401496 (local.get $p)) (f32.const 0))))))
          (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=28 (local.get $p)) (select (f32.const 1) (f32.const 0) (f32.gt (f32.load offset=401500 (local.get $p)) (f32.const 0))))))
          (br_if $jb_loop (i32.lt_u (local.tee $jb (i32.add (local.get $jb) (i32.const 1))) (i32.const 3))))
        (local.set $p (i32.add (i32.add (i32.add (i32.mul (local.get $n) (i32.const 401408)) (i32.mul (local.get $i) (i32.const 112))) (i32.mul (local.get $ct) (i32.const 3136))) (i32.const 96)))
        (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=0 (local.get $p)) (select (f32.const 1) (f32.const 0) (f32.gt (f32.load offset=401472 (local.get $p)) (f32.const 0))))))
        (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=4 (local.get $p)) (select (f32.const 1) (f32.const 0) (f32.gt (f32.load offset=401476 (local.get $p)) (f32.const 0))))))
        (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=8 (local.get $p)) (select (f32.const 1) (f32.const 0) (f32.gt (f32.load offset=401480 (local.get $p)) (f32.const 0))))))
        (local.set $row0 (f32.add (local.get $row0) (f32.mul (f32.load offset=12 (local.get $p)) (select (f32.const 1) (f32.const 0) (f32.gt (f32.load offset=401484 (local.get $p)) (f32.const 0))))))
        (local.set $acc0 (f32.add (local.get $acc0) (local.get $row0)))
        (br_if $i_loop (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 28))))
      (local.set $bp (i32.mul (local.get $ct) (i32.const 4)))
      (f32.store offset=802944 (local.get $bp) (local.get $acc0))
      (br_if $ct_loop (i32.lt_u (local.tee $ct (i32.add (local.get $ct) (i32.const 1))) (i32.const 128))))
  )
)
