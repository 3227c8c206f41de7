import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { I18nProvider } from "@/lib/i18n/client";
import { getLanguage, getT } from "@/lib/i18n/server";
import { LanguageSwitch } from "./components/language-switch";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT("common");
  return { title: { default: t("appName"), template: `%s · ${t("appName")}` }, description: t("tagline") };
}

export const viewport: Viewport = { colorScheme: "light dark" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const lng = await getLanguage();
  const { t } = await getT("common");
  return (
    <html lang={lng}>
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
            </nav>
            <LanguageSwitch current={lng} />
          </header>
          <main id="main" tabIndex={-1}>
            {children}
          </main>
        </I18nProvider>
      </body>
    </html>
  );
}
