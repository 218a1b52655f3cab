/** @jsxImportSource react */
// React, not the Worker's hono/jsx that tsconfig.json sets for server pages: test programs type-check both.
/** Renders a component inside the Studio's theme, as Sanity's own UI components expect. */
import { ThemeProvider, studioTheme } from '@sanity/ui'
import { render } from '@testing-library/react'
import type { ReactElement } from 'react'

export function renderInStudio(ui: ReactElement) {
  return render(<ThemeProvider theme={studioTheme}>{ui}</ThemeProvider>)
}
