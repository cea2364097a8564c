"use server";
import { formFields, serverAction, withFields } from "@/app/_kernel";
import { signIn, signInWithProvider } from "@/lib/procedures/accounts";

export const signInAction = serverAction(signIn, (input: unknown, next?: unknown) => withFields(input, { next }));
export const signInWithProviderAction = serverAction(signInWithProvider, (formData: FormData) => formFields(formData));
