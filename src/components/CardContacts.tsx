import { feedbackLinks } from '../lib/feedback';
import { type Strings, UI_STRINGS } from '../lib/i18n';
import type { CatalogueFeature } from '../schema/records';
import { shareOf, useStore } from '../store';
import { linkFor } from '../store/url';
import { useFeedback } from './useFeedback';
import { useLang, useText } from './useText';

const WORDS = {
  responsible: { zh: '责任单位', en: 'Responsible body' },
  hotline: { zh: '对工程本身有疑问或诉求,可拨打武汉市民服务热线 12345。', en: "Questions or requests about the works themselves: Wuhan's citizen hotline, 12345." },
  report: { zh: '报告此处数据有误', en: 'Report an error in this entry' },
  reportMail: { zh: '发邮件报告数据错误', en: 'E-mail an error report' },
  body: { zh: '问题描述:\n应改为:\n依据(报告原文、链接或照片):\n\n页面链接:', en: 'What is wrong:\nWhat it should be:\nEvidence (report sentence, link or photo):\n\nPage: ' },
} as const satisfies Strings;

/** Who answers for what: the body the report names as responsible, the city hotline for the works, and the map's own error channel. */
export function CardContacts({ feature: f }: { feature: CatalogueFeature }) {
  const lang = useLang();
  const t = useText(WORDS);
  const ui = useText(UI_STRINGS);
  const channel = useFeedback();
  const link = linkFor(window.location.href, { ...shareOf(useStore.getState()), selected: f.id });
  const links = channel ? feedbackLinks(channel, { title: `${ui('errorTitle')}${f.name_zh} (${f.id})`, body: `${t('body')}${link}`, link }) : null;
  return (
    <div className="card-contacts small">
      {f.responsible && (
        <p data-testid="responsible">
          {t('responsible')}: <span lang={lang === 'zh' ? 'zh-CN' : 'en'}>{f.responsible[lang]}</span>
        </p>
      )}
      <p data-testid="hotline">{t('hotline')}</p>
      {links?.web && (
        <p>
          <a href={links.web} target="_blank" rel="noopener noreferrer" data-testid="report-error">
            {t('report')}
          </a>
        </p>
      )}
      {links?.mail && (
        <p>
          <a href={links.mail} data-testid="report-error-mail">
            {t('reportMail')}
          </a>
        </p>
      )}
    </div>
  );
}
