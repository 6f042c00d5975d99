// The transcendental functions this folder uses, in one place. They must be bit-identical in Node
// and Chromium (DESIGN.md "Workers, cancellation, determinism"), so they are the deterministic
// versions of src/engine/math (not `Math.*`).

export { cos, exp, ln, sin } from '../math';
