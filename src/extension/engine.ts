/**
 * The parts of the core that are heavy to load, with their validation schemas: the check runner and
 * the progress store. Bundled on their own (dist/engine.js) and required on first use, a moment
 * after activation, so that start-up stays light.
 */
import './translations';
export { CheckRunner } from '../core/checks/runner';
export { ProgressStore } from '../core/progress/progressStore';
