/**
 * The Worker entry: the app with its content source chosen from the bindings
 * (see wrangler.toml), as deployed to Cloudflare and run by `npm start`.
 */
import { createApp } from './app'

export default createApp()
