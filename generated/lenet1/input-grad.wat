;; convgen 0.1.0: generated file, do not edit. Template: templates/wasm/module.wat
;; kernel: lenet1_input_grad (pass input-grad, target wasm)
;; spec: lenet1: N=8 Ci=1 H=32 W=32 Co=6 K=5 L=5 stride=1x1 pad=0,0,0,0 dilation=1x1 act=tanh layout=nchw -> Ho=28 Wo=28
;; schedule: {"kind":"simd","vector":"pixels","vectors":4,"partners":1,"unroll":1,"fma":false,"threads":1}
;; memory: 9 pages; 64-byte red zone after every tensor
;;   w (input) at byte 0, [6, 1, 5, 5] float32
;;   dy (input) at byte 704, [8, 6, 28, 28] float32
;;   y (input) at byte 151296, [8, 6, 28, 28] float32
;;   dx (output) at byte 301888, [8, 1, 32, 32] float32
;;   delta (scratch) at byte 334720, [8, 6, 36, 36] float32
;;   wpk (scratch) at byte 583616, [600] float32
(module
  ;; one memory holds every tensor at a fixed byte offset; callers write inputs in place
  (memory (export "memory") 9 9)
  (global (export "w_offset") i32 (i32.const 0))
  (global (export "w_length") i32 (i32.const 150))
  (global (export "dy_offset") i32 (i32.const 704))
  (global (export "dy_length") i32 (i32.const 37632))
  (global (export "y_offset") i32 (i32.const 151296))
  (global (export "y_length") i32 (i32.const 37632))
  (global (export "dx_offset") i32 (i32.const 301888))
  (global (export "dx_length") i32 (i32.const 8192))

  ;; once per call, before main: padded copies, packed weights, delta
  (func $prologue (export "prologue")
    (local $i i32)
    (local $pd i32)
    (local $py i32)
    (local $j4 i32)
    (local $c i32)
    (local $n i32)
    (local $wpk_src i32)
    (local $wpk_dst i32)
    (local $wpk_c i32)
    (local $wpk_b i32)
    (local $wpk_a i32)
    (local $wpk_g i32)
    (local $vy v128)
    ;; delta = dY * sigma'(Y) into the interior of the zero-bordered delta buffer
    (local.set $n (i32.const 0))
    (loop $n_loop
      (local.set $c (i32.const 0))
      (loop $c_loop
        (local.set $i (i32.const 0))
        (loop $i_loop
          (local.set $j4 (i32.const 0))
          (loop $j4_loop
            (local.set $pd (i32.add (i32.add (i32.add (i32.add (i32.mul (local.get $n) (i32.const 31104)) (i32.mul (local.get $c) (i32.const 5184))) (i32.mul (local.get $i) (i32.const 144))) (i32.mul (local.get $j4) (i32.const 16))) (i32.const 592)))
            (local.set $py (i32.add (i32.add (i32.add (i32.mul (local.get $n) (i32.const 18816)) (i32.mul (local.get $c) (i32.const 3136))) (i32.mul (local.get $i) (i32.const 112))) (i32.mul (local.get $j4) (i32.const 16))))
            (local.set $vy (v128.load offset=151296 align=4 (local.get $py)))
            (v128.store offset=334720 align=4 (local.get $pd) (f32x4.mul (v128.load offset=704 align=4 (local.get $py)) (f32x4.mul (f32x4.sub (f32x4.splat (f32.const 1)) (local.get $vy)) (f32x4.add (f32x4.splat (f32.const 1)) (local.get $vy)))))
            (br_if $j4_loop (i32.lt_u (local.tee $j4 (i32.add (local.get $j4) (i32.const 1))) (i32.const 7))))
          (br_if $i_loop (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 28))))
        (br_if $c_loop (i32.lt_u (local.tee $c (i32.add (local.get $c) (i32.const 1))) (i32.const 6))))
      (br_if $n_loop (i32.lt_u (local.tee $n (i32.add (local.get $n) (i32.const 1))) (i32.const 8))))
    ;; phase (0, 0): its 25 taps of W
    ;; pack w as wpk[g][a][b][c][m], m padded to 4
    (local.set $wpk_g (i32.const 0))
    (local.set $wpk_a (i32.const 0))
    (loop $wpk_a_loop
      (local.set $wpk_b (i32.const 0))
      (loop $wpk_b_loop
        (local.set $wpk_c (i32.const 0))
        (loop $wpk_c_loop
          (local.set $wpk_src (i32.add (i32.add (i32.add (i32.add (i32.mul (local.get $wpk_g) (i32.const 600)) (i32.mul (local.get $wpk_a) (i32.const -20))) (i32.mul (local.get $wpk_b) (i32.const -4))) (i32.mul (local.get $wpk_c) (i32.const 100))) (i32.const 96)))
          (local.set $wpk_dst (i32.add (i32.add (i32.add (i32.mul (local.get $wpk_g) (i32.const 2400)) (i32.mul (local.get $wpk_a) (i32.const 480))) (i32.mul (local.get $wpk_b) (i32.const 96))) (i32.mul (local.get $wpk_c) (i32.const 16))))
          (f32.store offset=583616 (local.get $wpk_dst) (f32.load offset=0 (local.get $wpk_src)))
          (br_if $wpk_c_loop (i32.lt_u (local.tee $wpk_c (i32.add (local.get $wpk_c) (i32.const 1))) (i32.const 6))))
        (br_if $wpk_b_loop (i32.lt_u (local.tee $wpk_b (i32.add (local.get $wpk_b) (i32.const 1))) (i32.const 5))))
      (br_if $wpk_a_loop (i32.lt_u (local.tee $wpk_a (i32.add (local.get $wpk_a) (i32.const 1))) (i32.const 5))))
  )
  ;; the work
  (func $main (export "main")
    (local $n i32)
    (local $ap0_0 i32)
    (local $bp0_0 i32)
    (local $aq0_0 i32)
    (local $bq0_0 i32)
    (local $ra0_0 i32)
    (local $rb0_0 i32)
    (local $rc0_0 i32)
    (local $op0_0 i32)
    (local $vb0_0 i32)
    (local $pb0_0 i32)
    (local $g i32)
    (local $t i32)
    (local $acc0_0 v128)
    (local $acc0_1 v128)
    (local $acc0_2 v128)
    (local $acc0_3 v128)
    (local $b0 v128)
    (local $b1 v128)
    (local $b2 v128)
    (local $b3 v128)
    (local $a0 v128)
    (local.set $t (i32.const 0))
    (loop $t_loop
      (local.set $n (i32.const 0))
      (loop $n_loop
        (local.set $g (i32.const 0))
        (local.set $pb0_0 (i32.const 0))
        (local.set $vb0_0 (i32.const 0))
        (loop $vb0_0_loop
          (local.set $ap0_0 (i32.add (i32.mul (local.get $g) (i32.const 2400)) (i32.mul (local.get $pb0_0) (i32.const 4))))
          (local.set $bp0_0 (i32.add (i32.add (i32.add (i32.mul (local.get $t) (i32.const 144)) (i32.mul (local.get $n) (i32.const 31104))) (i32.mul (local.get $g) (i32.const 31104))) (i32.mul (local.get $vb0_0) (i32.const 64))))
          (local.set $acc0_0 (v128.const i32x4 0 0 0 0))
          (local.set $acc0_1 (v128.const i32x4 0 0 0 0))
          (local.set $acc0_2 (v128.const i32x4 0 0 0 0))
          (local.set $acc0_3 (v128.const i32x4 0 0 0 0))
          (local.set $ra0_0 (i32.const 0))
          (loop $ra0_0_loop
            (local.set $rb0_0 (i32.const 0))
            (loop $rb0_0_loop
              (local.set $aq0_0 (i32.add (i32.add (local.get $ap0_0) (i32.mul (local.get $ra0_0) (i32.const 480))) (i32.mul (local.get $rb0_0) (i32.const 96))))
              (local.set $bq0_0 (i32.add (i32.add (local.get $bp0_0) (i32.mul (local.get $ra0_0) (i32.const 144))) (i32.mul (local.get $rb0_0) (i32.const 4))))
              (local.set $rc0_0 (i32.const 0))
              (loop $rc0_0_loop
                (local.set $b0 (v128.load offset=334720 align=4 (local.get $bq0_0)))
                (local.set $b1 (v128.load offset=334736 align=4 (local.get $bq0_0)))
                (local.set $b2 (v128.load offset=334752 align=4 (local.get $bq0_0)))
                (local.set $b3 (v128.load offset=334768 align=4 (local.get $bq0_0)))
                (local.set $a0 (v128.load32_splat offset=583616 (local.get $aq0_0)))
                (local.set $acc0_0 (f32x4.add (local.get $acc0_0) (f32x4.mul (local.get $a0) (local.get $b0))))
                (local.set $acc0_1 (f32x4.add (local.get $acc0_1) (f32x4.mul (local.get $a0) (local.get $b1))))
                (local.set $acc0_2 (f32x4.add (local.get $acc0_2) (f32x4.mul (local.get $a0) (local.get $b2))))
                (local.set $acc0_3 (f32x4.add (local.get $acc0_3) (f32x4.mul (local.get $a0) (local.get $b3))))
                (local.set $aq0_0 (i32.add (local.get $aq0_0) (i32.const 16)))
                (local.set $bq0_0 (i32.add (local.get $bq0_0) (i32.const 5184)))
                (br_if $rc0_0_loop (i32.lt_u (local.tee $rc0_0 (i32.add (local.get $rc0_0) (i32.const 1))) (i32.const 6))))
              (br_if $rb0_0_loop (i32.lt_u (local.tee $rb0_0 (i32.add (local.get $rb0_0) (i32.const 1))) (i32.const 5))))
            (br_if $ra0_0_loop (i32.lt_u (local.tee $ra0_0 (i32.add (local.get $ra0_0) (i32.const 1))) (i32.const 5))))
          (local.set $op0_0 (i32.add (i32.add (i32.add (i32.add (i32.mul (local.get $t) (i32.const 128)) (i32.mul (local.get $n) (i32.const 4096))) (i32.mul (local.get $g) (i32.const 4096))) (i32.mul (local.get $vb0_0) (i32.const 64))) (i32.mul (local.get $pb0_0) (i32.const 4096))))
          (v128.store offset=301888 align=4 (local.get $op0_0) (local.get $acc0_0))
          (v128.store offset=301904 align=4 (local.get $op0_0) (local.get $acc0_1))
          (v128.store offset=301920 align=4 (local.get $op0_0) (local.get $acc0_2))
          (v128.store offset=301936 align=4 (local.get $op0_0) (local.get $acc0_3))
          (br_if $vb0_0_loop (i32.lt_u (local.tee $vb0_0 (i32.add (local.get $vb0_0) (i32.const 1))) (i32.const 2))))
        (br_if $n_loop (i32.lt_u (local.tee $n (i32.add (local.get $n) (i32.const 1))) (i32.const 8))))
      (br_if $t_loop (i32.lt_u (local.tee $t (i32.add (local.get $t) (i32.const 1))) (i32.const 32))))
  )
  ;; the whole pass on the calling thread
  (func (export "input-grad")
    (call $prologue)
    (call $main)
  )
)
