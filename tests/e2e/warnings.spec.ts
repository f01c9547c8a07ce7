import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { launchWorkbench } from '../harness/launch';
import { expect, test } from './fixtures';

test('a damaged library file is moved aside and the user is told in a banner', async ({ libraryDir }) => {
  const first = await launchWorkbench({ libraryDir });
  await first.close();
  const [shard] = await readdir(path.join(libraryDir, 'catalog'));
  await writeFile(path.join(libraryDir, 'catalog', shard), '{"kind": "catalog", "articles": [ this is not JSON');

  const again = await launchWorkbench({ libraryDir });
  try {
    const banner = again.page.getByRole('alert', { name: 'Library warnings' });
    await expect(banner).toBeVisible();
    await expect(banner).toContainText(shard);
    await banner.getByRole('button', { name: /^Dismiss/ }).click();
    await expect(banner).toBeHidden();
  } finally {
    await again.close();
  }
});
