import { groupPage } from "../../_components/groupPage";

const page = groupPage("region-academique");
export const generateMetadata = page.generateMetadata;
export default page.Page;
