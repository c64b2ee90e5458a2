import { Field } from '@/components/ui/field';
import styles from './figures.module.css';

/** The stored photo, with the URL of a small variant for the preview. */
export type CurrentPhoto = { previewUrl: string; width: number; height: number; alt: string };

/** The photo part of the figure form: current photo, upload, alt text and credit. */
export function PhotoFields({ photo, values, errors }: { photo: CurrentPhoto | null; values: Record<string, string>; errors: Record<string, string[] | undefined> }) {
  return (
    <fieldset className={styles.fieldset}>
      <legend>Photo</legend>
      {photo ? (
        <div className={styles.currentPhoto}>
          {/* The media route already serves sized WebP variants. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={photo.previewUrl} alt={`Current photo: ${photo.alt}`} width={photo.width} height={photo.height} />
          <input type="hidden" name="hasCurrentPhoto" value="1" />
          <div className="checkbox-field">
            <input type="checkbox" id="figure-remove-photo" name="removePhoto" defaultChecked={values.removePhoto === 'on'} />
            <label htmlFor="figure-remove-photo">Remove this photo</label>
          </div>
        </div>
      ) : null}
      <Field
        id="figure-photo"
        name="photo"
        type="file"
        label={photo ? 'Replace with a new photo' : 'Upload a photo'}
        accept="image/jpeg,image/png,image/webp,image/avif"
        hint="JPEG, PNG, WebP or AVIF, up to 10 MB. Location and camera details are removed. After an error, choose the file again."
        errors={errors.photo}
      />
      <Field id="figure-photo-alt" name="photoAlt" label="Alt text" maxLength={300} defaultValue={values.photoAlt} errors={errors.photoAlt} hint="What the photo shows, for people who cannot see it. Required with a photo." />
      <div className={styles.pair}>
        <Field id="figure-credit-name" name="photoCreditName" label="Photographer" maxLength={120} defaultValue={values.photoCreditName} errors={errors.photoCreditName} />
        <Field id="figure-credit-url" name="photoCreditUrl" label="Photographer link" inputMode="url" maxLength={2000} defaultValue={values.photoCreditUrl} errors={errors.photoCreditUrl} />
        <Field id="figure-source-name" name="photoSourceName" label="Source" maxLength={120} defaultValue={values.photoSourceName} errors={errors.photoSourceName} hint="Where the photo comes from, e.g. Wikimedia Commons." />
        <Field id="figure-source-url" name="photoSourceUrl" label="Source link" inputMode="url" maxLength={2000} defaultValue={values.photoSourceUrl} errors={errors.photoSourceUrl} />
      </div>
      <Field id="figure-license" name="photoLicense" label="License" maxLength={120} defaultValue={values.photoLicense} errors={errors.photoLicense} hint="e.g. CC BY-SA 4.0. The page shows “Photo by photographer on source”." />
    </fieldset>
  );
}
