/**
 * Tests never touch the network: any outbound fetch that a test did not stub
 * itself fails loudly, naming the URL.
 */
import { afterEach, beforeEach, vi } from 'vitest'

beforeEach(() => {
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const url = input instanceof Request ? input.url : String(input)
    throw new Error(`Unexpected outbound request to ${url}: stub it in the test`)
  })
})

afterEach(() => {
  vi.restoreAllMocks()
})
