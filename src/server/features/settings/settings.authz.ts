import sharp from 'sharp';
import { all, trainerOnly, type AuthzRows } from '../../../../tests/setup/authz';

const photoForm = async () => {
  const form = new FormData();
  const jpeg = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#446688' } })
    .jpeg()
    .toBuffer();
  form.append('file', new File([new Uint8Array(jpeg)], 'me.jpg'));
  return form;
};

/** Business settings and the trainer's photo are the trainer's; the public profile is anyone's. */
export const settingsAuthz: AuthzRows = {
  'GET /api/settings': { expect: trainerOnly() },
  'PUT /api/settings': { expect: trainerOnly(), body: () => ({ weekStartsOn: 1 }) },
  'POST /api/settings/photo': { expect: trainerOnly(), body: photoForm },
  'DELETE /api/settings/photo': { expect: trainerOnly() },
  'GET /api/public/profile': { expect: all(200) },
  // Removed by the row above (it runs last of the photo rows): nobody gets a photo that is not there.
  'GET /api/public/trainer-photo': { expect: all(404) },
};
