// /robots.txt: names the sitemap by its absolute address, under the base path when SITE_URL has
// one (src/lib/sitemap.ts). Crawlers read robots.txt only at an origin's root, so a site served
// under a path (a GitHub Pages project site) needs the sitemap submitted by hand as well
// (docs/feeds.md).
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/sitemap.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(site!), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
