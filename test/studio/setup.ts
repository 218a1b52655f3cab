/** React Testing Library unmounts what a test rendered only when told (vitest has no globals here). */
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

afterEach(cleanup)
