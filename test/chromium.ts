/**
 * The one way the tests start a browser: Debian's Chromium (`apt-get install
 * chromium`, or the binary `CHROMIUM_PATH` names), headless, through
 * playwright-core, which never downloads a browser of its own.
 */
import { chromium, type Browser } from 'playwright-core'

/** Nothing a test does not ask for: no sandbox (tests run as root), no GPU, no background requests, no updates. */
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']

/**
 * Resolves 127.0.0.1, `localhost` and `*.localhost` (the local lake's hosts), and
 * no other host name: nothing leaves the machine, not even a DNS query, and
 * WebSockets, which page routes do not see, fail at once.
 */
const LOOPBACK_ONLY = '--host-resolver-rules=MAP *.localhost 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'

export interface ChromiumOptions {
  /** Jail the browser to loopback (see {@link LOOPBACK_ONLY}); for pages, like the Studio's, that would reach the internet. */
  loopbackOnly?: boolean
}

export function launchChromium({ loopbackOnly = false }: ChromiumOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: loopbackOnly ? [...ARGS, LOOPBACK_ONLY] : ARGS,
  })
}
