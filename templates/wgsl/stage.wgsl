// {{about}}
@compute @workgroup_size({{workgroup}})
fn {{name}}(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= {{nx}}u || gid.y >= {{ny}}u || gid.z >= {{nz}}u) {
    return;
  }
{{decode}}
{{locals}}
{{body}}
}
