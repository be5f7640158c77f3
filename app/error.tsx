"use client";

import { useEffect } from "react";
import { ProblemWithService, errorReference } from "@/components/layout/problem-with-service";

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return <ProblemWithService onRetry={retry} reference={errorReference(error)} />;
}
