import type { Lang } from '../lib/i18n';
import type { ArchiveProblem } from './archive-check';
import { TILE_PATHS } from './ids';

const list = (xs: readonly string[]) => (xs.length ? xs.slice(0, 6).join(', ') + (xs.length > 6 ? ', …' : '') : '—');
const box = (b: readonly number[]) => b.map((n) => n.toFixed(2)).join(', ');

/**
 * What went wrong with an archive, in the UI's language, and what the site
 * owner should do about it. Starts with the archive's path, so the reader
 * knows which file is meant.
 */
export function describeArchiveProblem(path: string, p: ArchiveProblem, lang: Lang): string {
  const zh = lang === 'zh';
  const owner = zh ? '网站管理员:' : 'Site owner: ';
  const say = (zhText: string, enText: string) => `${path}: ${zh ? zhText : enText}`;
  switch (p.kind) {
    case 'http':
      return say(`HTTP ${p.status},文件无法获取。${owner}请把 tiles/ 目录与网站一起部署。`, `HTTP ${p.status}, the file could not be fetched. ${owner}deploy the tiles/ folder beside the app.`);
    case 'unreachable':
      return say(`无法连接到服务器(${p.detail})。请检查网络后刷新页面。`, `the server could not be reached (${p.detail}). Check the connection and reload the page.`);
    case 'empty':
      return say(`文件是空的(0 字节)。${owner}上传可能中断了,请重新上传 tiles/ 中的这个文件。`, `the file is empty (0 bytes). ${owner}the upload probably failed; upload this file from tiles/ again.`);
    case 'no-range':
      return say(
        `服务器忽略了按范围读取的请求(Range),发回了整个文件。${owner}请使用支持 HTTP Range 请求(206 Partial Content)的静态主机或 CDN 设置。`,
        `the server ignores range requests (Range) and sends the whole file. ${owner}serve the site from a host or CDN setting that answers Range requests with 206 Partial Content.`,
      );
    case 'encoded':
      return say(
        `服务器以 Content-Encoding: ${p.encoding} 压缩发送这个文件,浏览器无法按范围读取。${owner}请对 .pmtiles 文件关闭压缩(存储和发送时都不要设置 Content-Encoding)。`,
        `the server sends this file with Content-Encoding: ${p.encoding}, so parts of it cannot be read. ${owner}turn compression off for .pmtiles files (store and serve them without a Content-Encoding).`,
      );
    case 'not-pmtiles':
      return say(`不是 PMTiles 文件(服务器发回了别的内容)。${owner}请重新部署 tiles/。`, `not a PMTiles archive (the server sent something else). ${owner}deploy tiles/ again.`);
    case 'version':
      return say(`PMTiles 第 ${p.version} 版,应为第 3 版。${owner}请用 npm run tiles:build 重新构建。`, `PMTiles version ${p.version}, expected 3. ${owner}rebuild with npm run tiles:build.`);
    case 'truncated':
      return say(`文件不完整(truncated):只有 ${p.size} 字节,文件头说应有 ${p.expected} 字节。${owner}请重新完整上传这个文件。`, `truncated: ${p.size} bytes where the header says ${p.expected}. ${owner}upload the whole file again.`);
    case 'swapped': {
      const right = TILE_PATHS[p.other];
      return say(`这是 ${right} 的内容,不是这个文件应有的图层。${owner}两个地图文件被放错了位置,请按原文件名重新部署 tiles/。`, `this holds what ${right} should hold, not this file's layers. ${owner}the two map files were swapped; deploy tiles/ again under their own names.`);
    }
    case 'elsewhere':
      return say(`这个文件覆盖的范围(${box(p.bounds)})不在硚口区,是另一个地区的地图。${owner}请部署与本网站一同构建的 tiles/。`, `this file covers another area (${box(p.bounds)}), not Qiaokou District. ${owner}deploy the tiles/ built with this site.`);
    case 'layers':
      return say(`文件中的图层(${list(p.found)})不是本地图的图层(应为 ${list(p.expected)})。${owner}请部署与本网站一同构建的 tiles/。`, `its layers (${list(p.found)}) are not this map's (expected ${list(p.expected)}). ${owner}deploy the tiles/ built with this site.`);
    case 'build':
      return say(
        `与项目目录 catalogue.json 不是同一次构建(文件 ${p.found ?? '无编号'},目录 ${p.expected}),地图和列表会对不上。${owner}请把 tiles/ 中的三个文件一起部署。`,
        `it is not from the same build as catalogue.json (file ${p.found ?? 'none'}, catalogue ${p.expected}), so the map and the list would disagree. ${owner}deploy the three files of tiles/ together.`,
      );
    case 'other':
      return say(`读取失败:${p.message}`, `could not be read: ${p.message}`);
  }
}
