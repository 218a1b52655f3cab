/**
 * The site's images, as the Worker serves them: the mark as square icons,
 * the 2:1 logo and `/favicon.ico`, all drawn from mark.svg by rasterize.ts and
 * bundled as bytes (wrangler's `Data` rule for `.png` and `.ico`). Feeds name
 * them (RSS `image`, Atom `icon` and `logo`, JSON Feed `icon` and `favicon`);
 * pages link the icon.
 */
import { IMAGE_PATHS, type IconSize } from '../../schemas/lib/site-urls'
import favicon from './favicon.ico'
import icon144 from './icon-144.png'
import icon512 from './icon-512.png'
import icon64 from './icon-64.png'
import logo from './logo.png'

export interface SiteImage {
  path: string
  /** Its registered media type. */
  type: string
  bytes: ArrayBuffer
}

const ICONS: Record<IconSize, ArrayBuffer> = { 64: icon64, 144: icon144, 512: icon512 }

export const SITE_IMAGES: readonly SiteImage[] = [
  ...Object.entries(ICONS).map(([size, bytes]) => ({ path: IMAGE_PATHS.icon(Number(size) as IconSize), type: 'image/png', bytes })),
  { path: IMAGE_PATHS.logo, type: 'image/png', bytes: logo },
  // Registered with IANA: https://www.iana.org/assignments/media-types/image/vnd.microsoft.icon
  { path: IMAGE_PATHS.favicon, type: 'image/vnd.microsoft.icon', bytes: favicon },
]
