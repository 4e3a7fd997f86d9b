// Plays the player's browser in end-to-end tests: opens the authorization URL the app handed to the
// desktop (through the xdg-open stand-in next to this file) in Debian's Chromium, picks a character on
// the emulator's login page, presses Authorize (or Cancel) and waits until the browser has landed on
// the app's loopback callback page.
//
// Environment: E2E_CHARACTER (the character's name; default: the page's preselected one),
// E2E_ACTION (authorize | cancel; default authorize), E2E_SCREENSHOT (a PNG of the login page).
// Progress goes to standard output as short lines without any URL query (it holds state and code).
import { chromium } from 'playwright-core';

const url = process.argv[2];
if (!url) {
    console.error('usage: authorize.mjs <authorization-url>');
    process.exit(2);
}
const where = (u) => { const p = new URL(u); return `${p.origin}${p.pathname}`; };

const browser = await chromium.launch({
    executablePath: process.env.E2E_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    // Chromium's own background traffic is refused by the closed test network; keep it quiet.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
           '--disable-component-update', '--disable-sync', '--no-first-run'],
});
let status = 0;
try {
    const page = await browser.newPage();
    await page.goto(url);
    console.log(`opened ${where(page.url())}`);
    const character = process.env.E2E_CHARACTER;
    if (character)
        await page.getByLabel(character, { exact: true }).check();
    if (process.env.E2E_SCREENSHOT)
        await page.screenshot({ path: process.env.E2E_SCREENSHOT, fullPage: true });
    const action = process.env.E2E_ACTION === 'cancel' ? 'Cancel' : 'Authorize';
    await Promise.all([
        page.waitForURL((u) => u.pathname.endsWith('/callback'), { timeout: 30000 }),
        page.getByRole('button', { name: action, exact: true }).click(),
    ]);
    console.log(`pressed ${action}, landed on ${where(page.url())}: ${(await page.textContent('body')).trim().slice(0, 120)}`);
} catch (error) {
    console.log(`failed: ${error.message.split('\n')[0]}`);
    status = 1;
} finally {
    await browser.close();
}
process.exit(status);
