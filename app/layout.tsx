import type { Metadata, Viewport } from "next";
import type { CSSProperties, ReactNode } from "react";
import Link from "next/link";
import { I18nProvider } from "@/lib/i18n/client";
import { getLanguage, getT } from "@/lib/i18n/server";
import { DEFAULT_FONT_SCALE } from "@/lib/reader/preferences";
import { getReaderPreferences } from "@/lib/reader/server";
import { InteractiveMark } from "./components/interactive-mark";
import { LanguageSwitch } from "./components/language-switch";
import { ThemeSwitch } from "./components/theme-switch";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT("common");
  return { title: { default: t("appName"), template: `%s · ${t("appName")}` }, description: t("tagline") };
}

export const viewport: Viewport = { colorScheme: "light dark" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const lng = await getLanguage();
  const { t } = await getT("common");
  const { theme, fontScale } = await getReaderPreferences();
  // Theme and text size come from cookies and are set here, so the first paint already uses them.
  const style = fontScale === DEFAULT_FONT_SCALE ? undefined : ({ "--reading-scale": fontScale } as CSSProperties);
  return (
    <html lang={lng} data-theme={theme === "system" ? undefined : theme} style={style}>
      <body>
        <I18nProvider lng={lng}>
          <a className="skip-link" href="#main">
            {t("skipToContent")}
          </a>
          <header className="site-header">
            <Link href="/" className="brand">
              {t("appName")}
            </Link>
            <nav aria-label={t("nav.main")} className="site-nav">
              <Link href="/">{t("nav.library")}</Link>
              <Link href="/documents/new">{t("nav.addDocument")}</Link>
              <Link href="/memory">{t("nav.memory")}</Link>
              <Link href="/glossary">{t("nav.glossary")}</Link>
            </nav>
            <div className="header-controls">
              <ThemeSwitch current={theme} />
              <LanguageSwitch current={lng} />
            </div>
          </header>
          <main id="main" tabIndex={-1}>
            {children}
          </main>
          <InteractiveMark />
        </I18nProvider>
      </body>
    </html>
  );
}
