import { Grid, GridItem, PageSection } from '@patternfly/react-core';
import { AccessCard } from './AccessCard';
import { ComponentsCard } from './ComponentsCard';
import { DetailsCard } from './DetailsCard';
import { StatusCard } from './StatusCard';

/** The dashboard's first tab: status and conditions, details, components, access. */
export const OverviewTab = () => (
  <PageSection hasBodyWrapper={false} variant="secondary" data-test="overview-tab">
    <Grid hasGutter>
      <GridItem lg={7}>
        <StatusCard />
      </GridItem>
      <GridItem lg={5}>
        <DetailsCard />
      </GridItem>
      <GridItem>
        <ComponentsCard />
      </GridItem>
      <GridItem>
        <AccessCard />
      </GridItem>
    </Grid>
  </PageSection>
);
