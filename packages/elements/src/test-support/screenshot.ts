import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Saves a PNG of the whole test page at `width` px to screenshots/NAME-WIDTH.png (not
 * committed), so a person can look at each widget as a phone and a desktop show it.
 */
export async function screenshot(name: string, width: 360 | 390 | 1280): Promise<void> {
  await executeServerCommand('screenshot', { name, width });
}
