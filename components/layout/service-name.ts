export const SERVICE_NAME = "Shared Services Directory";
