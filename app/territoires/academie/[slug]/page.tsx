import { groupPage } from "../../_components/groupPage";

const page = groupPage("academie");
export const generateMetadata = page.generateMetadata;
export default page.Page;
